package parcelatlas.io.shapefile;

/**
 * One field descriptor as stored in a .dbf header, before its name is decoded.
 *
 * @param nameBytes the name bytes up to the first NUL (at most 11)
 * @param type the type letter: C, N, F, L, D, or anything else (read as null)
 * @param length the field width in bytes
 * @param decimals the decimal count (N and F only, else 0)
 * @param offset the field's byte offset within a record (the deletion flag is byte 0)
 */
record DbfColumn(byte[] nameBytes, char type, int length, int decimals, int offset) {}
