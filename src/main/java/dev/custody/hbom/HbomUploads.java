package dev.custody.hbom;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/** Keeps the BOMs uploaded on the page until they are confirmed, for any instance to take the confirmation. */
@ApplicationScoped
public class HbomUploads {
    static final int MAX_FILE_NAME = 300;

    @Inject
    HbomConfig config;
    @Inject
    Clock clock;

    /** Stores an upload and discards those older than custody.hbom.uploads-kept-for. */
    @Transactional
    public long store(long organizationId, byte[] content, String fileName, String user) {
        Instant now = Instant.now(clock);
        HbomUpload.delete("uploadedAt < ?1", now.minus(config.uploadsKeptFor()));
        HbomUpload upload = new HbomUpload();
        upload.organizationId = organizationId;
        upload.content = content;
        upload.fileName = fileName == null || fileName.isBlank() ? null
                : fileName.strip().substring(0, Math.min(fileName.strip().length(), MAX_FILE_NAME));
        upload.uploadedBy = user;
        upload.uploadedAt = now;
        upload.persist();
        return upload.id;
    }

    /** The upload of this organization by this user, if it is still kept. */
    @Transactional
    public Optional<HbomUpload> find(long id, long organizationId, String user) {
        return HbomUpload.<HbomUpload>findByIdOptional(id)
                .filter(u -> u.organizationId == organizationId && u.uploadedBy.equals(user)
                        && u.uploadedAt.isAfter(Instant.now(clock).minus(config.uploadsKeptFor())));
    }

    @Transactional
    public void delete(long id) {
        HbomUpload.deleteById(id);
    }
}
