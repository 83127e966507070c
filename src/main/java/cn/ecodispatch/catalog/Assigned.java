package cn.ecodispatch.catalog;

/** The id of a catalogue entry together with one of the units it is assigned to, as a query for many units returns it. */
public record Assigned(Long unitId, Long id) {
}
