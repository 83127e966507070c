package cn.ecodispatch.catalog;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.persistence.QueryHint;

import org.hibernate.jpa.HibernateHints;
import org.springframework.data.jpa.repository.QueryHints;

/**
 * A query of the catalogue that every report repeats for its unit (what the unit reports on): its result is kept in
 * the query cache and its entities in the second-level cache (both bounded in {@code application.conf}), so a unit's
 * form reads no catalogue rows after the first. The catalogue changes only when a plan is imported, through
 * Hibernate, which updates the cached entities and invalidates the cached results. Each node keeps its own caches: a
 * plan is imported when a node starts, and a changed plan comes with a deploy that restarts every node. Like
 * {@link cn.ecodispatch.shared.ReadWithoutFlush}, the query does not flush first; and what it loads is read-only in
 * the transaction (only the importer changes the catalogue), so no flush checks it for changes.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@QueryHints({@QueryHint(name = HibernateHints.HINT_FLUSH_MODE, value = "COMMIT"),
        @QueryHint(name = HibernateHints.HINT_READ_ONLY, value = "true"),
        @QueryHint(name = HibernateHints.HINT_CACHEABLE, value = "true"),
        @QueryHint(name = HibernateHints.HINT_CACHE_REGION, value = CatalogueQuery.RESULTS)})
@interface CatalogueQuery {

    /** The cache region of the catalogue's entities and collections, bounded in {@code application.conf}. */
    String ENTITIES = "catalogue";

    /** The cache region of these queries' results. */
    String RESULTS = "catalogue-queries";
}
