-- Normalised actors (the alias seed maps "Daesh", "ISIL", ... to one name), plus actors the extractor found
-- outside the alias table, plus an "unknown" member.

with

aliases as (

    select * from {{ ref('actor_aliases') }}

),

mentions as (

    select * from {{ ref('int_incident_mentions') }}

),

known as (

    select
        cast(actor as varchar) as actor,
        min(cast(actor_type as varchar)) as actor_type,
        string_agg(distinct cast(alias as varchar), '; ' order by cast(alias as varchar)) as aliases

    from aliases
    group by actor

),

seen as (

    select actor1 as actor from mentions where actor1 is not null
    union
    select actor2 as actor from mentions where actor2 is not null

),

unlisted as (

    select seen.actor, cast(null as varchar) as actor_type, cast(null as varchar) as aliases
    from seen
    left join known on known.actor = seen.actor
    where known.actor is null

),

unknown_member as (

    select 'Unknown' as actor, cast(null as varchar) as actor_type, cast(null as varchar) as aliases

),

final as (

    select {{ surrogate_key(['actor']) }} as actor_id, actor, actor_type, aliases
    from (select * from known union all select * from unlisted union all select * from unknown_member)

)

select * from final
