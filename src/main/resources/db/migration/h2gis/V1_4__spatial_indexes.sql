CREATE SPATIAL INDEX parks_geom_idx ON parks (geom);
CREATE SPATIAL INDEX parcels_geom_idx ON parcels (geom);
CREATE SPATIAL INDEX projects_geom_idx ON projects (geom);
CREATE SPATIAL INDEX demolition_zones_geom_idx ON demolition_zones (geom);
