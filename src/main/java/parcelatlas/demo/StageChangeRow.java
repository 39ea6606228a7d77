package parcelatlas.demo;

import java.time.LocalDate;

/** A project's move to a stage (a stage code) on a day, as the demo's history records it. */
record StageChangeRow(String projectCode, String stage, LocalDate effective) {}
