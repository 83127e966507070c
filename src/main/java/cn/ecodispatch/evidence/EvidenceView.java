package cn.ecodispatch.evidence;

import java.time.OffsetDateTime;

import cn.ecodispatch.identity.DisplayNames;

/** An evidence file as the pages list it. */
public record EvidenceView(long id, Long workItemId, String fileName, String contentType, long sizeBytes,
        String uploadedBy, String uploadedByName, OffsetDateTime uploadedAt, String downloadUrl) {

    public static EvidenceView of(EvidenceFile file, DisplayNames names) {
        return new EvidenceView(file.getId(), file.getWorkItem() == null ? null : file.getWorkItem().getId(),
                file.getFileName(), file.getContentType(), file.getSizeBytes(), file.getUploadedBy(),
                names.of(file.getUploadedBy()), file.getUploadedAt(), "/api/evidence/" + file.getId());
    }
}
