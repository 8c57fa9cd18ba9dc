"""The schema, in one readable place: every table, imported from the file of its domain, and the lists
that order them. Kept as the one name to import tables from (over 200 files say ``store.models``)."""

from __future__ import annotations

from .models_base import BaseModel, LocalModel, SyncModel
from .models_base import UtcDateTimeField as UtcDateTimeField  # re-exported: core.circulation.desk_reads
from .models_base import database as database  # re-exported: the proxy every model names
from .models_catalogue import (
    CollectionType,
    DigitalFile,
    DigitalView,
    Item,
    Record,
    ReviewFlag,
    StockTake,
    StockTakeScan,
    Subject,
)
from .models_circulation import FineEntry, Hold, Holiday, Loan, LoanEvent, LoanRule, ReminderLog
from .models_community import (
    Attendance,
    InLibraryUse,
    Member,
    MemberFromBefore,
    MemberPin,
    MemberType,
    Participant,
    Partner,
    Program,
    ProgramPartner,
    ProgramSession,
    Story,
    Visit,
)
from .models_library import AuditLog, ChangeLog, LibraryProfile, Setting, Staff
from .models_sync import (
    CatalogPackEntry,
    DistrictTally,
    GrantPackage,
    SyncBundleLog,
    SyncConflict,
    SyncException,
    SyncPeer,
    SyncReplica,
    UnionApart,
    UnionArabicWord,
    UnionCopy,
    UnionForm,
    UnionKey,
    UnionLink,
    UnionRecord,
)

WEB_LOCAL_MODELS: list[type[LocalModel]] = [MemberPin, DigitalFile, DigitalView]

SYNC_LOCAL_MODELS: list[type[LocalModel]] = [SyncPeer, SyncBundleLog, SyncConflict, SyncException, SyncReplica,
                                             UnionRecord, UnionLink, UnionCopy, UnionKey, UnionForm,
                                             UnionApart, UnionArabicWord, DistrictTally, CatalogPackEntry,
                                             GrantPackage]

LOCAL_MODELS: list[type[LocalModel]] = [Setting, Staff, AuditLog, ChangeLog, StockTake, StockTakeScan, ReviewFlag,
                                        *SYNC_LOCAL_MODELS, *WEB_LOCAL_MODELS, ReminderLog, LoanEvent,
                                        MemberFromBefore]

# In dependency order: a row's foreign keys point to tables earlier in this list.
SYNC_MODELS: list[type[SyncModel]] = [
    LibraryProfile,
    Subject,
    CollectionType,
    Record,
    Item,
    MemberType,
    Member,
    LoanRule,
    Holiday,
    Loan,
    Hold,
    FineEntry,
    Visit,
    InLibraryUse,
    Partner,
    Program,
    ProgramPartner,
    ProgramSession,
    Participant,
    Attendance,
    Story,
]

ALL_MODELS: list[type[BaseModel]] = [Setting, Staff, AuditLog, ChangeLog, *SYNC_MODELS, StockTake, StockTakeScan,
                                     ReviewFlag,
                                     *SYNC_LOCAL_MODELS, *WEB_LOCAL_MODELS, ReminderLog, LoanEvent,
                                     MemberFromBefore]

ENTITY: dict[str, type[SyncModel]] = {m._meta.table_name: m for m in SYNC_MODELS}
