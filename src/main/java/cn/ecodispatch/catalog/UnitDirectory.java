package cn.ecodispatch.catalog;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Resolves the names the plan uses to units: a unit's name or any alias gives that unit; a group phrase
 * (各乡镇人民政府, 区直有关部门, …成员单位) gives its members.
 */
final class UnitDirectory {

    private final Map<String, Unit> byCode = new HashMap<>();
    private final Map<String, Unit> byName = new HashMap<>();
    private final Map<String, List<Unit>> groups = new HashMap<>();

    UnitDirectory(List<Unit> units, List<CatalogData.GroupEntry> groupEntries) {
        for (Unit unit : units) {
            byCode.put(unit.getCode(), unit);
            Stream.concat(Stream.of(unit.getName()), unit.getAliases().stream()).forEach(n -> register(n, unit));
        }
        for (CatalogData.GroupEntry group : groupEntries) {
            List<Unit> members = group.members().stream().map(this::byCode).toList();
            Stream.concat(Stream.of(group.name()), group.aliasesOrEmpty().stream()).forEach(n -> {
                if (byName.containsKey(n) || groups.put(n, members) != null) {
                    throw new CatalogDataException("units.yaml 中名称重复：" + n);
                }
            });
        }
    }

    private void register(String name, Unit unit) {
        Unit previous = byName.put(name, unit);
        if (previous != null && previous != unit) {
            throw new CatalogDataException("units.yaml 中名称 " + name + " 同时指向 " + previous.getCode() + " 和 " + unit.getCode());
        }
    }

    Unit byCode(String code) {
        Unit unit = byCode.get(code);
        if (unit == null) {
            throw new CatalogDataException("units.yaml 中没有代码为 " + code + " 的单位");
        }
        return unit;
    }

    /** The single unit a name stands for; a group phrase is refused here. */
    Unit unit(String name, String where) {
        Unit unit = byName.get(name);
        if (unit == null) {
            throw new CatalogDataException(where + "：单位名称 " + name + " 无法识别（不是单位名称或别名）");
        }
        return unit;
    }

    /** The units the names stand for, groups expanded, each unit once, in order of first mention. */
    List<Unit> resolve(List<String> names, String where) {
        Set<Unit> result = new LinkedHashSet<>();
        for (String name : names) {
            List<Unit> members = groups.get(name);
            if (members != null) {
                result.addAll(members);
            } else {
                result.add(unit(name, where));
            }
        }
        return new ArrayList<>(result);
    }
}
