package cn.ecodispatch.report;

import java.util.List;

import org.springframework.stereotype.Component;

/**
 * Migration 17: sequences for reports and their versions. A month's batch opens a hundred reports, each with its first
 * draft; with ids from the database each was an {@code INSERT} of its own, sent at once to learn the id, two round
 * trips per unit. With ids from a sequence the batch's reports and drafts go to the database together when its job
 * commits.
 */
@Component
class PooledReportIds extends PooledIds {

    PooledReportIds() {
        super("17", "pooled ids for reports and their versions", List.of("eco_unit_report", "eco_report_version"));
    }
}
