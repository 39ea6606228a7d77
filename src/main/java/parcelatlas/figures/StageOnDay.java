package parcelatlas.figures;

/** A project's stage on a day (a {@link parcelatlas.domain.ProjectStage} code), as the figures count it. */
public record StageOnDay(String code, String stage) {}
