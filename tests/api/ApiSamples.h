#pragma once

// Real-shaped answers for the value-type tests, written from lever-response-shapes.md (the key
// paths and JSON types recorded from the real service).
#include <QByteArray>

namespace lever::test::samples {

inline const QByteArray opportunity = R"({
  "id": "250d8f03-738a-4bba-a671-8a3d73477145", "name": "Shane Smith", "headline": "Brickly LLC, Vandelay Industries",
  "contact": "7f23e772-d2f3-4e11-9c38-7a0e9dd4b3b2", "emails": ["shane@exampleq3.com"],
  "phones": [{"type": "mobile", "value": "(123) 456-7891"}], "confidentiality": "non-confidential",
  "location": "Oakland", "links": ["indeed.com/r/Shane-Smith/0b8e2b2d7d8e3d0e"],
  "archived": {"reason": "63dd55b2-a99f-4e7b-985f-22c7bf80ab42", "archivedAt": 1526575955000},
  "tags": ["San Francisco", "Full-time", "Support", "Customer Success", "Customer Success Manager"],
  "sources": ["linkedin"], "stage": "00922a60-7c15-422b-b086-f62000824fd7",
  "stageChanges": [{"toStageId": "lead-new", "toStageIndex": 0, "updatedAt": 1407460071043, "userId": "df0ac5c2-3dc5-4b7e-a4d7-52b0c5a5e9a2"},
                   {"toStageId": "00922a60-7c15-422b-b086-f62000824fd7", "toStageIndex": 3, "updatedAt": 1407460080000}],
  "origin": "sourced", "sourcedBy": "df0ac5c2-3dc5-4b7e-a4d7-52b0c5a5e9a2", "owner": "df0ac5c2-3dc5-4b7e-a4d7-52b0c5a5e9a2",
  "followers": ["df0ac5c2-3dc5-4b7e-a4d7-52b0c5a5e9a2", "ecdb7b6e-4bd0-4da8-9c29-7f2ab8c5c3e6"],
  "applications": ["cdb0fc2c-e3b3-4f0a-8a3b-2c7e6b0a9d11"], "createdAt": 1407460071043, "updatedAt": 1526575955000,
  "lastInteractionAt": 1417588008049, "lastAdvancedAt": 1417587916677, "snoozedUntil": null,
  "urls": {"list": "https://hire.lever.co/candidates", "show": "https://hire.lever.co/candidates/250d8f03-738a-4bba-a671-8a3d73477145"},
  "dataProtection": null, "isAnonymized": false, "opportunityLocation": "Oakland, CA",
  "someFutureField": {"nested": [1, 2, 3]}
})";

// The same opportunity with expand=stage,owner,followers,sourcedBy,contact,applications.
inline const QByteArray opportunityExpanded = R"({
  "id": "opp-1", "name": "Ada", "createdAt": 1, "archived": null,
  "stage": {"id": "lead-new", "text": "New lead"},
  "owner": {"id": "u1", "name": "Morgan Reyes", "username": "morgan", "email": "morgan@example.com", "accessRole": "super admin",
            "photo": null, "createdAt": 5, "deactivatedAt": null, "externalDirectoryId": null, "linkedContactIds": null,
            "jobTitle": "Head of Talent", "managerId": null},
  "sourcedBy": null,
  "followers": [{"id": "u1", "name": "Morgan Reyes"}, "u2"],
  "contact": {"id": "c1", "name": "Ada", "headline": "", "location": {"name": "Berlin"}, "emails": ["ada@example.com"],
              "phones": [], "isAnonymized": false},
  "applications": [{"id": "a1", "type": "user", "opportunityId": "opp-1", "candidateId": "opp-1", "posting": "p1",
                    "createdAt": 2, "archived": null}]
})";

inline const QByteArray contact = R"({
  "dataProtection": {"interviewIntelligence": {"allowed": true, "expiresAt": null}},
  "emails": ["nango-seed-candidate-1@example.com"], "headline": "Seed", "id": "c-1", "isAnonymized": false,
  "location": {"name": "Lisbon"}, "name": "Nango Seed Candidate 1", "phones": [{"type": "mobile", "value": "5555550100"}]
})";

inline const QByteArray application = R"({
  "acceptLanguage": null, "archived": {"archivedAt": 1526575955000, "reason": "r-1"}, "candidateId": "o-1",
  "comments": null, "company": null, "createdAt": 1417588008049, "customQuestions": [{"id": "q", "fields": []}],
  "email": null, "id": "a-1", "ipAddress": null, "links": [], "name": null, "opportunityId": "o-1", "phone": null,
  "posting": "p-1", "postingHiringManager": null, "postingOwner": "u-1", "referer": null,
  "requisitionForHire": null, "timezone": null, "type": "posting", "user": "u-1", "userAgent": null
})";

inline const QByteArray posting = R"({
  "categories": {"allLocations": ["San Francisco", "Remote"], "commitment": "Full-time", "department": "Engineering",
                 "level": null, "location": "San Francisco", "team": "Platform"},
  "confidentiality": "non-confidential",
  "content": {"closing": "Apply now", "closingHtml": "<div>Apply now</div>", "description": "Build things",
              "descriptionHtml": "<div><b>Build</b> things</div>",
              "lists": [{"content": "<li>C++</li><li>Qt</li>", "text": "Requirements"}]},
  "country": "US", "createdAt": 1502907172814, "distributionChannels": null, "followers": ["u-1"],
  "hiringManager": "u-2", "id": "p-1", "owner": "u-1", "reqCode": null, "requisitionCodes": ["ENG-1"],
  "salaryRange": {"currency": "USD", "interval": "per-year-salary", "max": 200000, "min": 150000},
  "screening": {"enabled": false}, "state": "published", "tags": ["C++"], "text": "Desktop Engineer",
  "transcribeInterviews": false, "updatedAt": 1502907172814,
  "urls": {"apply": "https://jobs.lever.co/x/p-1/apply", "list": "https://jobs.lever.co/x", "show": "https://jobs.lever.co/x/p-1"},
  "user": "u-1", "workplaceType": "hybrid"
})";

inline const QByteArray draftPosting = R"({"id": "p-2", "text": "Draft", "state": "draft", "urls": null,
  "categories": {"allLocations": [], "commitment": null, "department": null, "level": null, "location": null, "team": null},
  "createdAt": 1, "user": null, "hiringManager": null, "distributionChannels": ["public", "internal"]})";

inline const QByteArray stage = R"({"id": "lead-new", "text": "New lead"})";
inline const QByteArray archiveReason =
    R"({"id": "r-1", "status": "active", "text": "Hired", "type": "hired"})";
inline const QByteArray source = R"({"count": 12, "text": "LinkedIn"})";
inline const QByteArray tag = R"({"count": 3, "text": "Rust"})";

inline const QByteArray user = R"({
  "accessRole": "interviewer", "createdAt": 1782974020828, "deactivatedAt": null, "email": "nango@example.com",
  "externalDirectoryId": null, "id": "u-9", "jobTitle": "Updated Job Title", "linkedContactIds": ["c-1"],
  "managerId": null, "name": "Nango Seed User 1", "photo": null, "username": "nango"
})";

inline const QByteArray interview = R"({
  "canceledAt": null, "createdAt": 1783260000000, "date": 1783496400000, "duration": 45, "feedbackForms": [],
  "feedbackReminder": "frequently", "feedbackTemplate": null, "gcalEventUrl": null, "id": "i-1",
  "interviewers": [{"email": "morgan@example.com", "feedbackTemplate": "no-feedback", "id": "u-1", "name": "Morgan Reyes"}],
  "location": null, "note": "Updated note", "opportunityId": "o-1", "panel": "pn-1", "postings": ["p-1"],
  "stage": "lead-new", "subject": "Updated Interview", "timezone": "America/Los_Angeles", "user": "u-1"
})";

inline const QByteArray panel = R"({
  "applications": ["a-1"], "canceledAt": null, "createdAt": 1783260000000, "end": 1783263600000, "externalUrl": null,
  "externallyManaged": true, "feedbackReminder": "daily", "id": "pn-1",
  "interviews": [{"date": 1783260000000, "duration": 60, "feedbackReminder": "frequently", "feedbackTemplate": "no-feedback",
                  "id": "i-1", "interviewers": [{"email": "m@example.com", "feedbackTemplate": "no-feedback", "id": "u-1",
                  "name": "Morgan", "responseStatus": "needsAction"}], "location": null, "note": "Technical", "subject": "Tech"}],
  "note": null, "stage": "lead-new", "start": 1783260000000, "timezone": "America/Los_Angeles", "user": "u-1"
})";

inline const QByteArray feedback = R"({
  "baseTemplateId": "t-1", "completedAt": 1783260000000, "createdAt": 1783250000000, "deletedAt": null,
  "fields": [{"description": "Overall", "id": "f-1", "options": [{"text": "4 - Strong Hire"}, {"text": "3 - Hire"}],
              "prompt": "Rating", "required": true, "text": "Rating", "type": "score-system", "value": "3 - Hire"},
             {"description": "", "id": "f-2", "required": false, "text": "Notes", "type": "textarea", "value": null},
             {"description": "", "id": "f-3", "required": false, "text": "Langs", "type": "multiple-select",
              "options": [{"text": "C++"}, {"text": "Rust"}], "value": ["C++", "Rust"]}],
  "id": "fb-1", "instructions": "Be fair", "interview": null, "panel": null, "text": "Interview feedback",
  "type": "interview", "updatedAt": 1783260000000, "user": "u-1"
})";

inline const QByteArray feedbackTemplate = R"({
  "createdAt": null, "group": {"id": "g-1", "name": "Engineering"}, "id": "t-1", "instructions": "Please fill out",
  "stage": null, "text": "Phone screen", "updatedAt": null,
  "fields": [{"description": "Overall", "id": "f-1", "options": [{"text": "4 - Strong Hire"}], "prompt": "Rating",
              "required": true, "text": "Rating", "type": "score-system"},
             {"description": "Scale", "id": "f-4", "required": false, "text": "Skill", "type": "score",
              "scores": [{"description": "weak", "text": "1"}, {"description": "strong", "text": "2"}]}]
})";

inline const QByteArray note = R"({
  "completedAt": 1783260000000, "createdAt": 1783260000000, "deletedAt": null,
  "fields": [{"createdAt": 1783260000000, "score": null, "stage": "lead-new", "text": "Note", "type": "note",
              "user": "u-1", "value": "Test note @morgan"}],
  "id": "n-1", "noteId": "n-1", "secret": false, "text": "Note", "user": "u-1"
})";

inline const QByteArray file =
    R"({"downloadUrl": "https://api.lever.co/v1/opportunities/o-1/files/f-1/download",
  "ext": "pdf", "id": "f-1", "name": "resume.pdf", "size": 1234, "status": "processed", "uploadedAt": 1783260000000})";

inline const QByteArray resume = R"({"id": "rs-1", "createdAt": 1783260000000,
  "file": {"name": "cv.pdf", "ext": "pdf", "downloadUrl": "https://x/download", "uploadedAt": 1783260000000, "status": "processed", "size": 99},
  "parsedData": {"positions": [{"org": "Acme"}], "schools": []}})";

inline const QByteArray upload = R"({"id": "up-1", "uri": "https://x/uploads/up-1", "filename": "cv.pdf",
  "expiresAt": 1783346400000, "size": 99})";

inline const QByteArray offer =
    R"({"id": "of-1", "createdAt": 1783260000000, "status": "signed", "creator": "u-1",
  "fields": [{"text": "Salary", "identifier": "salary_amount", "value": 120000}, {"text": "Start", "identifier": "anticipated_start_date", "value": null}],
  "signatures": {"candidate": {"firstOpenedAt": 1, "signed": true}}, "approved": true, "approvedAt": 1783260000001,
  "sentAt": 1783260000002, "sentDocument": {"fileName": "offer.pdf", "uploadedAt": 1, "downloadUrl": "https://x"},
  "signedDocument": null, "posting": "p-1", "opportunityId": "o-1"})";

inline const QByteArray requisition = R"({
  "approval": {"steps": []}, "backfill": false, "closedAt": null,
  "compensationBand": {"currency": "EUR", "interval": "per-year-salary", "max": 90000, "min": 70000},
  "confidentiality": "non-confidential", "createdAt": 1782974436604, "creator": "u-1", "customFields": {"cost_center": "R&D"},
  "department": null, "employmentStatus": "full-time", "headcountHired": 0, "headcountInfinite": false, "headcountTotal": 2,
  "hiringManager": null, "id": "rq-1", "internalNotes": " ", "location": "Remote", "name": "Engineer", "offerIds": [],
  "owner": "u-1", "postings": ["p-1"], "requisitionCode": "ENG-1", "status": "open", "team": "Engineering",
  "timeToFillEndAt": null, "timeToFillStartAt": null, "updatedAt": 1782974436604
})";

// POST /requisitions answers with other key names.
inline const QByteArray requisitionCreated = R"({
  "accountId": "acc", "backfill": false, "createdAt": 1, "creatorUserId": null, "customFields": {}, "employmentStatus": "full-time",
  "hasConfidentialPosting": false, "headcountHired": 0, "headcountInfinite": true, "headcountTotal": "unlimited", "id": "rq-2",
  "internalNotes": "", "location": "Remote", "name": "Sales", "ownerUserId": null, "postingIds": ["p-9"],
  "requisitionCode": "S-1", "reservedOfferIds": ["of-1"], "status": "open", "team": "Sales", "updatedAt": 1
})";

inline const QByteArray requisitionField =
    R"({"id": "cost_center", "isRequired": true, "text": "Cost center", "type": "text"})";

inline const QByteArray referral =
    R"({"id": "rf-1", "type": "referral", "text": "Referral", "instructions": "Ask",
  "fields": [{"type": "text", "text": "Relationship", "description": "", "required": true, "value": "Former colleague"}],
  "baseTemplateId": "t-r", "user": "u-1", "referrer": "u-2", "stage": null, "createdAt": 1, "completedAt": 2})";

inline const QByteArray webhook = R"({"configuration": {"conditions": {"origins": ["applied", "sourced"]},
  "signatureToken": "tok-123"}, "createdAt": 1, "event": "candidateHired", "id": "w-1", "updatedAt": 2,
  "url": "https://example.com/hook"})";

inline const QByteArray auditEvent =
    R"({"id": "ae-1", "type": "user.deactivated", "createdAt": 1, "user": "u-1",
  "target": {"type": "user", "id": "u-9"}, "meta": {"changed": ["deactivatedAt"]}})";

inline const QByteArray eeoResponsePii = R"({"applicationArchiveReason": null, "applicationArchivedAt": null,
  "applicationArchivedBy": null, "applicationId": "a-1", "applicationTitle": "Engineer", "appliedAt": 1, "contact": "c-1",
  "currentStage": "lead-new", "eeoResponseSource": "application", "eeoSurveyRespondedAt": 2, "hiredDate": null,
  "hiringManager": null, "id": "e-1", "opportunityId": "o-1", "opportunityOwner": "u-1", "origin": "applied",
  "posting": "p-1", "sources": ["LinkedIn"], "gender": "Decline to self-identify", "race": ["Asian"]})";

inline const QByteArray eeoResponse = R"({"applicationArchiveReason": null, "applicationArchivedAt": null,
  "applicationArchivedBy": null, "applicationTitle": "Engineer", "appliedAt": 1, "currentStage": "lead-new"})";

} // namespace lever::test::samples
