package parcelatlas.storage;

/** A column written by the storage layer: a declared name and how its value is sent. */
public record Column(String name, ColumnType type) {}
