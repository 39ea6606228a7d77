CREATE INDEX parks_geom_idx ON parks USING GIST (geom);
CREATE INDEX parcels_geom_idx ON parcels USING GIST (geom);
CREATE INDEX projects_geom_idx ON projects USING GIST (geom);
CREATE INDEX demolition_zones_geom_idx ON demolition_zones USING GIST (geom);
