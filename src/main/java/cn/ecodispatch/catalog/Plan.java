package cn.ecodispatch.catalog;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import org.hibernate.annotations.Cache;
import org.hibernate.annotations.CacheConcurrencyStrategy;

/** One year's implementation plan of one district, loaded from its data files. */
@Entity
@Cache(usage = CacheConcurrencyStrategy.READ_WRITE, region = CatalogueCache.REGION)
@Table(name = "eco_plan")
public class Plan {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String code;

    private String district;

    @Column(name = "plan_year")
    private int year;

    private String title;

    @Column(name = "document_number")
    private String documentNumber;

    private String issuer;

    /** Code of the unit that runs the campaign and reviews the reports (区创建办). */
    @Column(name = "campaign_office")
    private String campaignOffice;

    /** The prefix of the monthly bulletin's number (文号), e.g. 陕创办通 in 陕创办通〔2034〕3号. */
    @Column(name = "bulletin_number_prefix")
    private String bulletinNumberPrefix;

    /** The prefix of reminder letters' numbers, e.g. 陕创办提 in 陕创办提〔2034〕12号. */
    @Column(name = "reminder_letter_number_prefix")
    private String reminderLetterNumberPrefix;

    /** The prefix of rectification notices' numbers, e.g. 陕创办整 in 陕创办整〔2034〕3号. */
    @Column(name = "rectification_notice_number_prefix")
    private String rectificationNoticeNumberPrefix;

    /** The prefix of accountability decisions' numbers, in the deciding organ's style: 陕组问〔2034〕1号. */
    @Column(name = "accountability_decision_number_prefix")
    private String accountabilityDecisionNumberPrefix;

    @Column(name = "time_zone")
    private String timeZone;

    /** SHA-256 of the data files last loaded; an unchanged file is not loaded again. */
    private String checksum;

    @Column(name = "loaded_at")
    private OffsetDateTime loadedAt;

    @ElementCollection
    @Cache(usage = CacheConcurrencyStrategy.READ_WRITE, region = CatalogueCache.REGION)
    @CollectionTable(name = "eco_plan_category", joinColumns = @JoinColumn(name = "plan_id"))
    @OrderBy("number")
    private List<PlanCategory> categories = new ArrayList<>();

    protected Plan() {
    }

    public Plan(String code) {
        this.code = code;
    }

    void describe(CatalogData.PlanFile file) {
        this.district = file.district().fullName();
        this.year = file.year();
        this.title = file.title();
        this.documentNumber = file.documentNumber();
        this.issuer = file.issuer();
        this.timeZone = file.timeZone();
        this.campaignOffice = file.campaignOffice();
        this.bulletinNumberPrefix = file.bulletinNumberPrefix();
        this.reminderLetterNumberPrefix = file.reminderLetterNumberPrefix();
        this.rectificationNoticeNumberPrefix = file.rectificationNoticeNumberPrefix();
        this.accountabilityDecisionNumberPrefix = file.accountabilityDecisionNumberPrefix();
        this.categories.clear();
        file.categories().forEach(c -> categories.add(new PlanCategory(c.number(), c.title())));
    }

    void markLoaded(String checksum, OffsetDateTime at) {
        this.checksum = checksum;
        this.loadedAt = at;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getDistrict() {
        return district;
    }

    public int getYear() {
        return year;
    }

    public String getTitle() {
        return title;
    }

    public String getDocumentNumber() {
        return documentNumber;
    }

    public String getIssuer() {
        return issuer;
    }

    public String getBulletinNumberPrefix() {
        return bulletinNumberPrefix;
    }

    public String getReminderLetterNumberPrefix() {
        return reminderLetterNumberPrefix;
    }

    public String getRectificationNoticeNumberPrefix() {
        return rectificationNoticeNumberPrefix;
    }

    public String getAccountabilityDecisionNumberPrefix() {
        return accountabilityDecisionNumberPrefix;
    }

    public String getCampaignOffice() {
        return campaignOffice;
    }

    public String getChecksum() {
        return checksum;
    }

    public List<PlanCategory> getCategories() {
        return List.copyOf(categories);
    }
}
