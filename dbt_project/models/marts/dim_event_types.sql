-- ACLED's 6 event types and 25 sub-event types, from the seed the extractor also reads.

with

event_types as (

    select * from {{ ref('event_types') }}

),

final as (

    select
        {{ surrogate_key(['event_type', 'sub_event_type']) }} as event_type_id,
        cast(event_type as varchar) as event_type,
        cast(sub_event_type as varchar) as sub_event_type,
        cast(description as varchar) as description

    from event_types

)

select * from final
