package parcelatlas.importer;

/** A feature whose geometry was repaired on import, and what was wrong with it. */
public record Repair(long record, String code, String problem) {}
