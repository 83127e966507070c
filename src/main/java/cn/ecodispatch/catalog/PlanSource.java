package cn.ecodispatch.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.springframework.core.io.ClassPathResource;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** The six data files of one plan, read from {@code classpath:catalog/<plan-code>/}. */
record PlanSource(CatalogData.PlanFile plan, CatalogData.UnitsFile units, CatalogData.KeyTasksFile keyTasks,
        CatalogData.TownshipItemsFile townshipItems, CatalogData.DepartmentItemsFile departmentItems,
        CatalogData.IndicatorsFile indicators, String checksum) {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .registerModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    static PlanSource read(String planCode) {
        Reader reader = new Reader("catalog/" + planCode + "/");
        PlanSource source = new PlanSource(
                reader.read("plan.yaml", CatalogData.PlanFile.class),
                reader.read("units.yaml", CatalogData.UnitsFile.class),
                reader.read("key-tasks.yaml", CatalogData.KeyTasksFile.class),
                reader.read("township-items.yaml", CatalogData.TownshipItemsFile.class),
                reader.read("department-items.yaml", CatalogData.DepartmentItemsFile.class),
                reader.read("indicators.yaml", CatalogData.IndicatorsFile.class),
                reader.checksum());
        if (!planCode.equals(source.plan().code())) {
            throw new CatalogDataException("plan.yaml 的 code 为 " + source.plan().code() + "，与配置的方案 " + planCode + " 不符");
        }
        return source;
    }

    /** Only plan.yaml, e.g. for the district's words. */
    static CatalogData.PlanFile readPlanFile(String planCode) {
        return new Reader("catalog/" + planCode + "/").read("plan.yaml", CatalogData.PlanFile.class);
    }

    private static final class Reader {
        private final String folder;
        private final MessageDigest digest;

        Reader(String folder) {
            this.folder = folder;
            try {
                this.digest = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        <T> T read(String file, Class<T> type) {
            ClassPathResource resource = new ClassPathResource(folder + file);
            try (InputStream in = resource.getInputStream()) {
                byte[] bytes = in.readAllBytes();
                digest.update(bytes);
                return YAML.readValue(bytes, type);
            } catch (IOException e) {
                throw new CatalogDataException("无法读取目录数据文件 " + folder + file + "：" + e.getMessage(), e);
            }
        }

        String checksum() {
            return HexFormat.of().formatHex(digest.digest());
        }
    }
}
