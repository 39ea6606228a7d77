package parcelatlas.io.shapefile;

/**
 * A DBF column. {@code name} is at most 10 bytes in the file's encoding.
 *
 * @param type 'C' text, 'N' number, 'F' float, 'L' logical, 'D' date (yyyyMMdd)
 */
public record DbfField(String name, char type, int length, int decimals) {}
