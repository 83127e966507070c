package cn.ecodispatch.catalog;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jakarta.persistence.EntityManager;

import org.hibernate.CacheMode;
import org.hibernate.Session;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * The catalogue as each node keeps it in memory. Every report asks what its unit reports on, on each opening and
 * completion of its forms: the answer is remembered per unit as ids the first time it is read, and the entries
 * themselves are in Hibernate's second-level cache (region {@value #REGION}, bounded in {@code application.conf}),
 * so a unit's forms read no catalogue rows after that.
 *
 * <p>Only an import changes the catalogue: it updates the cached entries through Hibernate, and when its
 * transaction ends the remembered ids are forgotten. Each node has its own caches; a plan's data files are in the
 * jar, so a changed plan comes with a deploy that restarts every node.
 */
@Component
class CatalogueCache {

    /** Hibernate's cache region of the catalogue's entities and collections. */
    static final String REGION = "catalogue";

    /** Ten times the units of a province, whose every unit could report. */
    private static final int UNITS_REMEMBERED = 100_000;

    private final Cache<Long, WorkIds> workIds = Caffeine.newBuilder().maximumSize(UNITS_REMEMBERED).build();
    private final EntityManager entityManager;

    CatalogueCache(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * The units' work by unit id. The ids are remembered, or asked of {@code query} for the units not remembered yet;
     * the entries come from the second-level cache either way, so a unit's first reading costs three queries of ids.
     */
    Map<Long, UnitWork> workOf(Collection<Unit> units, Function<List<Unit>, Map<Long, WorkIds>> query) {
        Map<Long, WorkIds> ids = new HashMap<>();
        List<Unit> unknown = new ArrayList<>();
        for (Unit unit : units) {
            WorkIds remembered = workIds.getIfPresent(unit.getId());
            if (remembered == null) {
                unknown.add(unit);
            } else {
                ids.put(unit.getId(), remembered);
            }
        }
        if (!unknown.isEmpty()) {
            Map<Long, WorkIds> queried = query.apply(unknown);
            workIds.putAll(queried);
            ids.putAll(queried);
        }
        Map<Long, UnitWork> work = new HashMap<>();
        ids.forEach((unitId, unitIds) -> work.put(unitId, load(unitIds)));
        return work;
    }

    /** Entries read for a form are not changed by it: loaded read-only, no flush checks them. */
    private UnitWork load(WorkIds ids) {
        Session session = entityManager.unwrap(Session.class);
        boolean readOnly = session.isDefaultReadOnly();
        session.setDefaultReadOnly(true);
        try {
            return new UnitWork(load(session, WorkItem.class, ids.workItems()),
                    load(session, KeyTask.class, ids.keyTasks()), load(session, Indicator.class, ids.indicators()));
        } finally {
            session.setDefaultReadOnly(readOnly);
        }
    }

    private static <T> List<T> load(Session session, Class<T> type, List<Long> ids) {
        return ids.isEmpty() ? List.of()
                : session.byMultipleIds(type).with(CacheMode.NORMAL).enableSessionCheck(true).multiLoad(ids);
    }

    /** Called by an import: what units report on is read again once its transaction has ended. */
    void forgetWhenImported() {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                workIds.invalidateAll();
            }
        });
    }
}
