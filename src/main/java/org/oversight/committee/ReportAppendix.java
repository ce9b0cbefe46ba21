package org.oversight.committee;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A document appended to a report (PDF, Word or Excel), kept with it and lettered by its place: A, B, C. */
@Entity
@Table(name = "committee_report_appendix")
public class ReportAppendix {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(optional = false)
    @JoinColumn(name = "report_id")
    private CommitteeReport report;
    private int position;
    private String title;
    private String fileName;
    private String mediaType;
    @Column(name = "content")
    private byte[] content;

    protected ReportAppendix() {
    }

    ReportAppendix(CommitteeReport report, int position, String title, AppendixFile file) {
        this.report = report;
        this.position = position;
        this.title = title.strip();
        this.fileName = file.fileName();
        this.mediaType = file.mediaType();
        this.content = file.content().clone();
    }

    /** Its letter in the report: A for the first appendix, B for the second. */
    public String letter() {
        int index = report.getAppendices().indexOf(this);
        return index < 0 ? "" : AppendixFile.letter(index);
    }

    public boolean isPdf() { return "application/pdf".equals(mediaType); }
    public Long getId() { return id; }
    public CommitteeReport getReport() { return report; }
    public int getPosition() { return position; }
    public String getTitle() { return title; }
    public String getFileName() { return fileName; }
    public String getMediaType() { return mediaType; }
    public int size() { return content.length; }
    public byte[] content() { return content.clone(); }
}
