package cn.ecodispatch.crash;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.ecodispatch.packaged.EcoApi;
import cn.ecodispatch.packaged.EcoApi.StoredEvidence;

/**
 * After the restart: what the writers were told was stored must be there, whole, and once. Files that were sent
 * but never acknowledged may or may not be there; if they are, they must be whole too.
 */
final class SurvivalCheck {

    private final EcoApi api;
    private final List<String> problems = new ArrayList<>();
    private final Set<String> storedNames = new HashSet<>();

    SurvivalCheck(EcoApi api) {
        this.api = api;
    }

    /** Every violation found, one line each; empty when every acknowledged write survived. */
    List<String> problemsAfterCrash(List<EvidenceWriter> writers) {
        writers.forEach(this::check);
        return problems;
    }

    private void check(EvidenceWriter writer) {
        List<StoredEvidence> stored = api.evidenceOf(writer.user, writer.reportId);
        Map<Long, StoredEvidence> byId = stored.stream()
                .collect(Collectors.toMap(StoredEvidence::id, Function.identity()));
        for (EvidenceWriter.Acknowledged ack : writer.acknowledged()) {
            StoredEvidence file = byId.get(ack.evidenceId());
            if (file == null) {
                problems.add("已确认的写入丢失：" + ack.fileName() + "（id " + ack.evidenceId() + "）");
            } else if (!file.fileName().equals(ack.fileName())) {
                problems.add("id " + ack.evidenceId() + " 应为 " + ack.fileName() + "，实为 " + file.fileName());
            }
        }
        for (StoredEvidence file : stored) {
            checkStoredOnce(writer, file);
        }
    }

    private void checkStoredOnce(EvidenceWriter writer, StoredEvidence file) {
        if (!storedNames.add(file.fileName())) {
            problems.add("重复：" + file.fileName());
        }
        byte[] sent = writer.sent().get(file.fileName());
        if (sent == null) {
            problems.add("从未发送的文件：" + file.fileName() + "（id " + file.id() + "）");
        } else if (file.sizeBytes() != sent.length) {
            problems.add("大小不符（半截状态）：" + file.fileName() + " 记录 " + file.sizeBytes() + " 字节，发送 " + sent.length);
        } else if (!Arrays.equals(api.download(writer.user, file.id()), sent)) {
            problems.add("内容不符（半截状态）：" + file.fileName() + "（id " + file.id() + "）");
        }
    }
}
