-- A calendar covering every incident date, so weeks with no incidents still show up in time series.

with

bounds as (

    select
        coalesce(min(event_date), date '2020-01-01') as first_date,
        coalesce(max(event_date), date '2020-01-01') as last_date

    from {{ ref('int_incident_mentions') }}

),

spine as (

    select cast(range as date) as date_day
    from bounds, range(bounds.first_date, bounds.last_date + interval 1 day, interval 1 day)

),

final as (

    select
        date_day,
        cast(date_trunc('week', date_day) as date) as week_start,
        cast(date_trunc('month', date_day) as date) as month_start,
        extract(year from date_day) as year,
        extract(isodow from date_day) as iso_day_of_week

    from spine

)

select * from final
