"""Closed vocabularies of the data model (docs/architecture.md section 2a), stored as their
string values."""

from enum import StrEnum


class LifecycleStage(StrEnum):
    LEAD = "lead"
    PROSPECT = "prospect"
    CUSTOMER = "customer"
    LOYAL = "loyal"
    ADVOCATE = "advocate"
    CHURNED = "churned"


class ContactSource(StrEnum):
    REFERRAL = "referral"
    WEBSITE = "website"
    WALK_IN = "walk-in"
    EVENT = "event"
    CAMPAIGN = "campaign"
    IMPORT = "import"
    OTHER = "other"


class MethodKind(StrEnum):
    EMAIL = "email"
    PHONE = "phone"
    ADDRESS = "address"
    URL = "url"
    SOCIAL = "social"


class Channel(StrEnum):
    PHONE = "phone"
    EMAIL = "email"
    MEETING = "meeting"
    VIDEO = "video"
    CHAT = "chat"
    SMS = "sms"
    SOCIAL = "social"
    WEBSITE = "website"
    IN_PERSON = "in_person"
    LETTER = "letter"
    NOTE = "note"


class Direction(StrEnum):
    INBOUND = "inbound"
    OUTBOUND = "outbound"
    INTERNAL = "internal"


class Priority(StrEnum):
    LOW = "low"
    NORMAL = "normal"
    HIGH = "high"
    URGENT = "urgent"


class ComplaintStatus(StrEnum):
    NEW = "new"
    ACKNOWLEDGED = "acknowledged"
    INVESTIGATING = "investigating"
    WAITING_ON_CUSTOMER = "waiting_on_customer"
    RESOLVED = "resolved"
    CLOSED = "closed"


class Remedy(StrEnum):
    NONE = "none"
    APOLOGY = "apology"
    REFUND = "refund"
    CREDIT = "credit"
    REPLACEMENT = "replacement"
    REPAIR = "repair"
    DISCOUNT = "discount"


class ComplaintEventKind(StrEnum):
    STATUS = "status"
    NOTE = "note"
    REPLY = "reply"
    REMEDY = "remedy"
    REMEDY_REVERSED = "remedy_reversed"
    PRIORITY = "priority"
    OWNER = "owner"
    CATEGORY = "category"
    RECOVERY = "recovery"
    ORDER = "order"


class TxnKind(StrEnum):
    ORDER = "order"
    PAYMENT = "payment"
    REFUND = "refund"
    CREDIT = "credit"


class SurveyKind(StrEnum):
    NPS = "nps"
    CSAT = "csat"
    CES = "ces"


SURVEY_SCALE: dict[SurveyKind, tuple[int, int]] = {
    SurveyKind.NPS: (0, 10),
    SurveyKind.CSAT: (1, 5),
    SurveyKind.CES: (1, 7),
}


class ConsentPurpose(StrEnum):
    EMAIL_MARKETING = "email_marketing"
    SMS = "sms"
    PHONE = "phone"
    DATA_PROCESSING = "data_processing"


class TimelineKind(StrEnum):
    """What an entry is; the ledger's four kinds are kinds of their own for filtering."""

    INTERACTION = "interaction"
    ORDER = "order"
    PAYMENT = "payment"
    REFUND = "refund"
    CREDIT = "credit"
    COMPLAINT = "complaint"
    SURVEY = "survey"
    TASK = "task"
    CONSENT = "consent"
