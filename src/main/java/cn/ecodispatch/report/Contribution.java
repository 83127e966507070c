package cn.ecodispatch.report;

/** What a participating unit reported on a key task in its latest submitted version: the text alone. */
record Contribution(long keyTaskId, long unitId, String workDone, String problems) {

    /** As the query reads it. */
    Contribution(Long keyTaskId, Long unitId, String workDone, String problems) {
        this(keyTaskId.longValue(), unitId.longValue(), workDone, problems);
    }
}
