package cn.ecodispatch.report;

import java.util.List;

import org.springframework.stereotype.Component;

/**
 * Migration 15: sequences for the rows of a report version (a row per work item, key task and indicator), so that a
 * version's rows are written in JDBC batches instead of one {@code INSERT} per row with an id made by the database:
 * a township's report has some seventy such rows.
 */
@Component
class PooledRowIds extends PooledIds {

    PooledRowIds() {
        super("15", "pooled ids for report rows",
                List.of("eco_report_item_entry", "eco_report_key_task_entry", "eco_report_indicator_value"));
    }
}
