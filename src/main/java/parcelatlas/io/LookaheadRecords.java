package parcelatlas.io;

/** A {@link Lookahead} over decoded records. */
public abstract class LookaheadRecords extends Lookahead<SourceRecord> {}
