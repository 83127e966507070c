package cn.ecodispatch.evidence;

import java.time.OffsetDateTime;

/** An evidence file as the pages list it. */
public record EvidenceView(long id, Long workItemId, String fileName, String contentType, long sizeBytes,
        String uploadedBy, OffsetDateTime uploadedAt, String downloadUrl) {

    public static EvidenceView of(EvidenceFile file) {
        return new EvidenceView(file.getId(), file.getWorkItem() == null ? null : file.getWorkItem().getId(),
                file.getFileName(), file.getContentType(), file.getSizeBytes(), file.getUploadedBy(),
                file.getUploadedAt(), "/api/evidence/" + file.getId());
    }
}
