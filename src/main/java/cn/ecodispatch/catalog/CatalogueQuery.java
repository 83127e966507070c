package cn.ecodispatch.catalog;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.persistence.QueryHint;

import org.hibernate.jpa.HibernateHints;
import org.springframework.data.jpa.repository.QueryHints;

/**
 * A query of the catalogue for many units at once (a month's batch, or units whose work {@link CatalogueCache} does
 * not remember yet). Like {@link cn.ecodispatch.shared.ReadWithoutFlush} it does not flush first; and what it loads
 * is read-only in the transaction (only the importer changes the catalogue), so no flush checks it for changes.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@QueryHints({@QueryHint(name = HibernateHints.HINT_FLUSH_MODE, value = "COMMIT"),
        @QueryHint(name = HibernateHints.HINT_READ_ONLY, value = "true")})
@interface CatalogueQuery {
}
