package parcelatlas.importer;

import java.util.List;

/** Repairs of one kind: how many, and the first few in file order. */
public record RepairGroup(String kind, long count, List<Repair> examples) {}
