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

    -- ACLED-qualified names ("Military Forces of Pakistan (2022-)", "Protesters (India)") take the type of
    -- their role; the same rules as sitrep.extract.actor_coding.actor_type
    select
        seen.actor,
        case
            when regexp_matches(seen.actor, '^(Military|Police) Forces of ') then 'State forces'
            else role.actor_type
        end as actor_type,
        cast(null as varchar) as aliases

    from seen
    left join known on known.actor = seen.actor
    left join known as role on role.actor = regexp_replace(seen.actor, ' \([^)]*\)$', '')
    where known.actor is null

),

unknown_member as (

    select 'Unknown' as actor, cast(null as varchar) as actor_type, cast(null as varchar) as aliases

),

final as (

    select
        {{ surrogate_key(['actor']) }} as actor_id,
        actor,
        actor_type,
        aliases,
        -- ACLED's inter code; an actor of no known type is coded as ACLED codes unnamed armed groups (3)
        case actor_type
            when 'State forces' then 1
            when 'Rebel groups' then 2
            when 'Political militias' then 3
            when 'Identity militias' then 4
            when 'Rioters' then 5
            when 'Protesters' then 6
            when 'Civilians' then 7
            when 'External/Other forces' then 8
            else case when actor = 'Unknown' then 0 else 3 end
        end as inter_code

    from (select * from known union all select * from unlisted union all select * from unknown_member)

)

select * from final
