package cn.ecodispatch.catalog;

/** A catalogue entry together with one of the units it is assigned to, as a query for many units returns it. */
public record Assigned<T>(Long unitId, T entry) {
}
