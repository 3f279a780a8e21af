-- Records you can trust (issue 14): the temperature a cell is tested at (°C, climate chamber or
-- room), so an implausible one is refused and the cell page states it. Null for cells recorded
-- before V10 and when not given.
alter table cell add column test_temperature_c double precision;
alter table cell_aud add column test_temperature_c double precision;
