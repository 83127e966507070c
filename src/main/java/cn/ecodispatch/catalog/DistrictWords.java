package cn.ecodispatch.catalog;

/**
 * The words by which the plan's district names itself and its organs ({@code district:} in plan.yaml): letters,
 * notices, the bulletin, account names, refusals and pages take them from here, so another district's plan folder
 * brings its own. Read once at start ({@link DistrictWordsConfig}).
 *
 * @param fullName           the district with its city, as in the plan's title
 * @param name               the district's own name
 * @param level              区 or 县, as in 全区 and 区直部门
 * @param office             the campaign office as the district's own people call it
 * @param officeName         the campaign office's name outside the district (the web apps' vendor)
 * @param orgDepartment      the organisation department that decides accountability cases
 * @param departmentKind     what the district calls the reporting units other than townships
 * @param bulletinSalutation the bulletin's addressees, its first line
 * @param higherLevel        the city above, which announces targets
 */
public record DistrictWords(String fullName, String name, String level, String office, String officeName,
        String orgDepartment, String departmentKind, String bulletinSalutation, String higherLevel) {

    public DistrictWords {
        require(fullName, "fullName");
        require(name, "name");
        require(level, "level");
        require(office, "office");
        require(officeName, "officeName");
        require(orgDepartment, "orgDepartment");
        require(departmentKind, "departmentKind");
        require(bulletinSalutation, "bulletinSalutation");
        require(higherLevel, "higherLevel");
    }

    private static void require(String word, String key) {
        if (word == null || word.isBlank()) {
            throw new CatalogDataException("plan.yaml 的 district 中缺少 " + key);
        }
    }

    /** The whole district: 全区. */
    public String whole() {
        return "全" + level;
    }

    /** A kind of unit as the district says it: departments in its own word (区直部门), the others by their label. */
    public String kindLabel(UnitKind kind) {
        return kind == UnitKind.DEPARTMENT ? departmentKind : kind.label();
    }
}
