/**
 * Site photos as evidence (现场照片): pictures from an official's phone attached to a zone's weekly
 * report or to a project, checked (type by content, size, pixel count), read for their EXIF time and
 * position, flagged when taken far from the site or long before the report, thumbnailed, stored in
 * the database so every app node serves them, and never deleted (withdrawn with a reason).
 */
package parcelatlas.photos;
