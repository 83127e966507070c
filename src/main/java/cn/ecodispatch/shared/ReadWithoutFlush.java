package cn.ecodispatch.shared;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.persistence.QueryHint;

import org.hibernate.jpa.HibernateHints;
import org.springframework.data.jpa.repository.QueryHints;

/**
 * A repository query that does not flush the transaction's changes before it runs. By default Hibernate flushes
 * before every query and so checks every entity the transaction holds; the queries a month's batch or compilation
 * repeats for each unit or indicator would check them all each time. Only for rows the calling transaction does not
 * update: the catalogue, announced targets, notices (which it only inserts, and inserts are written at once, since
 * the database generates the ids).
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@QueryHints(@QueryHint(name = HibernateHints.HINT_FLUSH_MODE, value = "COMMIT"))
public @interface ReadWithoutFlush {
}
