package cn.ecodispatch.dispatch;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import cn.ecodispatch.catalog.UnitKind;
import cn.ecodispatch.cycle.DispatchCycle;
import cn.ecodispatch.report.ReportStatus;
import cn.ecodispatch.shared.InvalidInputException;

/**
 * The office's overview of a month, read straight from the domain tables so that it costs the same for 30 units
 * or 10 000: the month's totals per status in one GROUP BY, and one page of units (filtered by status, kind of unit
 * and a part of the unit's name) in unit order. The page walks uq_unit_report (cycle_id, unit_id), or
 * ix_unit_report_open (cycle_id, status, unit_id) when a status is chosen, and stops after the page.
 */
@Component
class MonthOverview {

    static final int MAX_PAGE_SIZE = 200;
    /** The filter for reports past due and never submitted (逾期未报); not a status of its own. */
    static final String LATE = "LATE";

    /**
     * Same rule as {@link DispatchService#lateReports}: being drafted, never submitted, due time passed. The
     * parameter :now is the domain clock's time.
     */
    private static final String IS_LATE = "r.status = 'DRAFTING' and r.first_submitted_at is null and r.due_at < :now";

    /** Which of the month's reports a page shows; null fields select everything. */
    record Query(int page, int size, ReportStatus status, boolean lateOnly, UnitKind kind, String namePart) {

        /** From the request's parameters; anything not understood is refused with a message that says why. */
        static Query of(int page, int size, String status, String kind, String namePart) {
            if (page < 0) {
                throw new InvalidInputException("page", "页码无效：应为 0 或正整数（第一页为 0）");
            }
            if (size < 1 || size > MAX_PAGE_SIZE) {
                throw new InvalidInputException("size", "每页条数无效：应在 1 到 " + MAX_PAGE_SIZE + " 之间");
            }
            String wanted = blankToNull(status);
            boolean late = LATE.equals(wanted);
            String kindWanted = blankToNull(kind);
            return new Query(page, size,
                    late || wanted == null ? null : parse(ReportStatus.class, "status", "状态", wanted, LATE), late,
                    kindWanted == null ? null : parse(UnitKind.class, "kind", "单位类别", kindWanted),
                    blankToNull(namePart));
        }

        private static String blankToNull(String value) {
            return value == null || value.isBlank() ? null : value.strip();
        }

        private static <E extends Enum<E>> E parse(Class<E> type, String field, String name, String value,
                String... alsoAllowed) {
            try {
                return Enum.valueOf(type, value);
            } catch (IllegalArgumentException e) {
                String allowed = Stream.concat(Arrays.stream(type.getEnumConstants()).map(Enum::name),
                        Arrays.stream(alsoAllowed)).collect(Collectors.joining("、"));
                throw new InvalidInputException(field, name + "无效：" + value + "（可选：" + allowed + "）");
            }
        }
    }

    record Row(long reportId, String unitCode, String unitName, ReportStatus status, OffsetDateTime dueAt,
            OffsetDateTime firstSubmittedAt, int returnCount, boolean late) {
    }

    /** The whole month's reports counted by status (every status, zeros included) and those late. */
    record Totals(Map<ReportStatus, Long> byStatus, long late) {
        long units() {
            return byStatus.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /** One page of rows and how many rows the query selects in all. */
    record Page(List<Row> rows, long matching) {
    }

    /** A statement with its parameters, as run (and as a test explains it). */
    record Sql(String text, MapSqlParameterSource parameters) {
    }

    private final NamedParameterJdbcTemplate jdbc;

    MonthOverview(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Totals totals(DispatchCycle cycle, OffsetDateTime now) {
        Map<ReportStatus, Long> byStatus = new EnumMap<>(ReportStatus.class);
        Arrays.stream(ReportStatus.values()).forEach(status -> byStatus.put(status, 0L));
        long[] late = {0};
        jdbc.query("select r.status, count(*) as reports, sum(case when " + IS_LATE + " then 1 else 0 end) as late"
                + " from eco_unit_report r where r.cycle_id = :cycle group by r.status",
                new MapSqlParameterSource("cycle", cycle.getId()).addValue("now", now), rs -> {
                    byStatus.put(ReportStatus.valueOf(rs.getString("status")), rs.getLong("reports"));
                    late[0] += rs.getLong("late");
                });
        return new Totals(byStatus, late[0]);
    }

    Page page(DispatchCycle cycle, Query query, OffsetDateTime now) {
        Sql count = select(cycle, query, now, "count(*)");
        long matching = jdbc.queryForObject(count.text(), count.parameters(), Long.class);
        Sql rows = pageOf(cycle, query, now);
        return new Page(jdbc.query(rows.text(), rows.parameters(), (rs, n) -> new Row(rs.getLong("id"),
                rs.getString("code"), rs.getString("name"), ReportStatus.valueOf(rs.getString("status")),
                rs.getObject("due_at", OffsetDateTime.class), rs.getObject("first_submitted_at", OffsetDateTime.class),
                rs.getInt("return_count"), rs.getBoolean("late"))), matching);
    }

    /** The statement that reads one page: the month's matching reports in unit order, offset and limit. */
    Sql pageOf(DispatchCycle cycle, Query query, OffsetDateTime now) {
        Sql select = select(cycle, query, now, "r.id, u.code, u.name, r.status, r.due_at, r.first_submitted_at,"
                + " r.return_count, case when " + IS_LATE + " then true else false end as late");
        return new Sql(select.text() + " order by r.unit_id offset :offset rows fetch next :size rows only",
                select.parameters().addValue("offset", (long) query.page() * query.size())
                        .addValue("size", query.size()));
    }

    private static Sql select(DispatchCycle cycle, Query query, OffsetDateTime now, String columns) {
        MapSqlParameterSource parameters = new MapSqlParameterSource("cycle", cycle.getId()).addValue("now", now);
        List<String> conditions = new ArrayList<>(List.of("r.cycle_id = :cycle"));
        if (query.status() != null) {
            conditions.add("r.status = :status");
            parameters.addValue("status", query.status().name());
        }
        if (query.lateOnly()) {
            conditions.add(IS_LATE);
        }
        if (query.kind() != null) {
            conditions.add("u.kind = :kind");
            parameters.addValue("kind", query.kind().name());
        }
        if (query.namePart() != null) {
            conditions.add("u.name like :name escape '\\'");
            parameters.addValue("name", "%" + query.namePart().replaceAll("[\\\\%_]", "\\\\$0") + "%");
        }
        return new Sql("select " + columns + " from eco_unit_report r join eco_unit u on u.id = r.unit_id where "
                + String.join(" and ", conditions), parameters);
    }
}
