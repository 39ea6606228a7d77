package parcelatlas.domain;

/** A stable code with its Chinese and English labels. */
public record Label(String code, String zh, String en) {}
