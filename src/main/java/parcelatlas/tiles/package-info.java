/**
 * Vector tiles (OGC API – Tiles, WebMercatorQuad, Mapbox Vector Tiles): tile maths, the
 * attributes each layer's tiles carry, the rows of a tile (the items' own conditions), their
 * encoding by the database's dialect (ST_AsMVT, or Java on H2GIS) and the data versions that
 * tiles' ETags come from.
 */
package parcelatlas.tiles;
