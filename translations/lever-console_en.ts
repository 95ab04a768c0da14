<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ApiError</name>
    <message>
        <source>Lever could not be reached. Check your internet connection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lever took too long to answer. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your Lever sign-in has expired or is no longer valid. Please sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your Lever account is not allowed to do this. Ask a Lever admin for access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This item no longer exists in Lever; it may have been deleted or merged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lever did not accept the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lever did not accept the request: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this in the meantime. Reload it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lever is receiving too many requests from this account. Wait a moment and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lever had a problem handling the request. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lever sent an answer the console could not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change may or may not have been saved: reload to check before trying again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttachmentFile</name>
    <message>
        <source>%1 is larger than the 30 MB Lever takes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BoardExport</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opportunity ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipeline board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected cards</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarExport</name>
    <message numerus="yes">
        <source>Saved %n interview(s) to %1.</source>
        <translation>
            <numerusform>Saved %n interview to %1.</numerusform>
            <numerusform>Saved %n interviews to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Interviews to Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardMenu</name>
    <message>
        <source>Card actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unarchive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add tag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove tag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change owner…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select all in column</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictFinder</name>
    <message>
        <source>an interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has “%2” then (%3, with %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has “%2” then (%3).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentPage</name>
    <message>
        <source>candidates and opportunities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>job postings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pipeline stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>archive reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interview panels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interview feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>feedback templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uploads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>requisitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>requisition fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>webhooks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resumes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EEO responses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stay connected while you are away (refresh tokens)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See confidential postings and candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View EEO responses including personal details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create, change and delete %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>en</source>
        <extracomment>The HTML language tag of the translated consent page.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorize %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 wants to access your Lever sandbox account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) &lt;%3&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 will be able to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whatever you choose, you will be sent back to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deny</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to the Lever sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return to the application and start the sign-in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid sign-in request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client_id and redirect_uri must be sent once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No application is registered with the client_id &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid redirect URI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The redirect_uri &quot;%1&quot; is not registered for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The consent form was not submitted as a form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The consent form was submitted with repeated fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in request expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sign-in request has expired or was already answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an active user to sign in as.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Approve or Deny.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InsightsCharts</name>
    <message>
        <source>Reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funnel: candidates who reached each stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>90th percentile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time in stage (candidates still in a stage count to now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reached %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source effectiveness (the table adds origins and hire rates)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New candidates per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hires per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Velocity: new candidates and hires per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipeline over time: active candidates per stage at each week&apos;s end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stale candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Active candidates with no stage change for %n day(s), by owner</source>
        <translation>
            <numerusform>Active candidates with no stage change for %n day, by owner</numerusform>
            <numerusform>Active candidates with no stage change for %n days, by owner</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InsightsTables</name>
    <message>
        <source>Funnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversion to next (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived by reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time in stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still in stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>90th percentile (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source effectiveness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source or origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reached %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hire rate (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Velocity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stale candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No stage change for %n day(s)</source>
        <translation>
            <numerusform>No stage change for %n day</numerusform>
            <numerusform>No stage change for %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InterviewCalendar</name>
    <message>
        <source>Interview with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 with %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidate: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interviewers: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OriginNames</name>
    <message>
        <source>Sourced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>University</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PanelCancellation</name>
    <message>
        <source>Cancel interviews?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This removes the panel and its %n interview(s) from Lever. Interviewers are no longer expected.</source>
        <translation>
            <numerusform>This removes the panel and its %n interview from Lever. Interviewers are no longer expected.</numerusform>
            <numerusform>This removes the panel and its %n interviews from Lever. Interviewers are no longer expected.</numerusform>
        </translation>
    </message>
    <message>
        <source>This removes the panel and all its interviews from Lever. Interviewers are no longer expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel interviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The interviews were not cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PanelCheck</name>
    <message>
        <source>Choose a time zone from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add at least one interview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interview %1 needs a subject.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interview %1 needs at least one interviewer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interview %1 needs a date and time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interview %1 must end after it starts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PostingForm</name>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distribution channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hiring manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workplace type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salary minimum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salary maximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salary currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salary interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requisition codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PostingHtml</name>
    <message>
        <source>Lever does not accept the tag &lt;%1&gt; here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lever does not accept HTML comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links must be http, https or mailto addresses, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lever does not accept the class &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lever does not accept the attribute %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PostingRules</name>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On-site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hybrid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unspecified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a title: candidates see it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a state for the posting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 posting cannot move to %2; Lever allows: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A published posting needs at least one distribution channel (public or internal).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A posting always has an owner in Lever; pick one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lever cannot remove the hiring manager of a posting; pick another user instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once the workplace type is set, Lever cannot set it back to unspecified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A salary range needs minimum, maximum, currency and interval together; fill in %1 or clear all four.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The salary minimum must be a number of 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The salary maximum must be a number of 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The salary minimum must not be greater than the maximum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The currency must be a three-letter ISO 4217 code such as USD or EUR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose how often the salary is paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List %1 needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list &quot;%1&quot; has no items; add one or remove the list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PostingsExport</name>
    <message>
        <source>Postings list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workplace type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hiring manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requisition codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posting ID</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrivateFile</name>
    <message>
        <source>Could not save “%1”: %2. Nothing was written, and any file already there is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequisitionsExport</name>
    <message>
        <source>unlimited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requisitions list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headcount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employment status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hiring manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backfill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requisition ID</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>Stage changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another opportunity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this opportunity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret note by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interview (cancelled): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interview: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lever::app::AppController</name>
    <message>
        <source>Kept in memory for this session only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the demo sandbox…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the saved sign-in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to %1: no saved sign-in was found for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved sign-in of %1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The renewed sign-in could not be saved; it works until you quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your sign-in has expired. Sign in again to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your sign-in to %1 expired or was revoked. Sign in again; your window stays as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lever did not answer as expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You signed out. Sign in again to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You signed out of %1. Sign in again to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resetting the demo data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo could not start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo could not start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lever::app::CommandLine</name>
    <message>
        <source>Lever Console: a desktop recruiting console for the Lever Data API.

With --base-url, the API key is read from the LEVER_API_KEY environment variable and kept in memory only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts the built-in demo sandbox and signs in to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens the saved account called NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signs in to the Lever API at URL with the key in LEVER_API_KEY, for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--account needs the name of a saved account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one of --demo, --account and --base-url.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--base-url needs an address such as https://api.lever.co/v1, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--base-url %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--base-url needs an API key in the LEVER_API_KEY environment variable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no saved account called “%1”: no accounts are saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no saved account called “%1”. Saved accounts: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lever::app::DemoSandbox</name>
    <message>
        <source>The demo needs lever-sandbox, which was not found next to Lever Console nor on the PATH. Reinstall Lever Console, or build the whole project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo&apos;s folder %1 could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo sandbox (%1) could not be started: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo sandbox answered in a way Lever Console does not understand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo sandbox stopped while starting (exit code %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo sandbox could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo sandbox stopped unexpectedly (exit code %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo data (%1) could not be deleted: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lever::app::Workspace</name>
    <message>
        <source>Pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requisitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A candidate page has a note, feedback or contact edit that was not sent. Quit and lose it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit and discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed in Lever</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1</source>
        <translation>
            <numerusform>Exported %n row to %1</numerusform>
            <numerusform>Exported %n rows to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Insights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhooks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EEO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback templates</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lever::auth::Account</name>
    <message>
        <source>Give the account a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account id is not a uuid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the API address, such as https://lever.example.com/v1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the OAuth client id of your registered Lever application.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lever::auth::AccountStore</name>
    <message>
        <source>An account named &quot;%1&quot; already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such account.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lever::auth::ApiKeyVerifier</name>
    <message>
        <source>Enter an API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key was refused: it is unknown or has been revoked. Check that you copied the whole key from Lever (Settings → Integrations and API → API Credentials).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key works but lacks the users:read scope, which Lever Console needs to know who you act as. Edit the key in Lever and add &quot;Read users&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered with HTTP status %1. Check the address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer is not the Lever API&apos;s. Check the address.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lever::auth::AuthHttp</name>
    <message>
        <source>&quot;%1&quot; is not a valid web address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; uses http:// on another machine, which would send your credentials unencrypted. Use an https:// address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http:// or https:// address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing answers at %1. Check the address, or start the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 could not be found. Check the address and your internet connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer in time. Check your internet connection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A secure connection to %1 could not be made (%2). Check the address, the system clock and the system&apos;s certificates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 closed the connection before answering. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network is unavailable (%1). Check your connection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy refused the connection to %1 (%2). Check the proxy settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lever::auth::KeychainSecretStore</name>
    <message>
        <source>No keychain is available to keep your credentials (%1). Lever Console stores secrets only in the system keychain: install and start GNOME Keyring or KWallet (any Secret Service provider), make sure it is unlocked, and try again. Or sign in for this session only: the credentials are then kept in memory and forgotten when Lever Console quits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain could not %1 the secret: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lever::auth::LoopbackReceiver</name>
    <message>
        <source>The sign-in listener binds to 127.0.0.1 only, not to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in listener needs the state of the request it waits for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in listener was already started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not listen on 127.0.0.1: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This request is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sign-in link is not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It does not belong to the sign-in in progress. Return to Lever Console and start the sign-in again if it does not complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can close this tab and return to Lever Console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access was not granted, so Lever Console is not signed in. You can close this tab and return to Lever Console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in server reported an error: %1. You can close this tab and return to Lever Console.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lever::auth::OAuthFlow</name>
    <message>
        <source>The sign-in timed out: no answer came back from the browser. Start the sign-in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No OAuth client id is set for this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No web browser could be opened. Copy the sign-in link into a browser on this computer; Lever Console is still waiting for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access was denied in the browser, so Lever Console is not signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in server reported an error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in server&apos;s answer was not understood: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in server refused the sign-in: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lever::auth::TokenRefresher</name>
    <message>
        <source>This account has no refresh token; sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your sign-in has expired or was revoked (%1). Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in server refused to renew the sign-in: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lever::models</name>
    <message>
        <source>The local data could not be opened (%1). Lever Console works without it until the next start.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lever::models::Actions</name>
    <message>
        <source>Undo move of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo move of %1 cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo archive of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo archive of %1 cards</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lever::models::AuditLogModel</name>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event id: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lever::models::CacheDatabase</name>
    <message>
        <source>The local data was damaged and is being rebuilt from Lever (the damaged file was kept as %1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lever::models::CandidateCreator</name>
    <message>
        <source>Added %1: Lever matched an existing person and added this opportunity to them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The candidate was not added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lever&apos;s answer was lost (%1), and with no email there is no way to look the candidate up. Look for them on the board after the next refresh before adding them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lever&apos;s answer was lost (%1), and looking the candidate up by email failed too (%2). Nothing was sent twice; look for them on the board before adding them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lever&apos;s answer was lost (%1). Looking the candidate up by email found nothing created, so they were not added. The form is as you left it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lever&apos;s answer was lost, but looking %1 up by email shows they were added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The candidate was added, but the first note was not: %1. Add it from the candidate&apos;s page.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lever::models::CandidateWrites</name>
    <message>
        <source>A name is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the contact: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the opportunity: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please fill in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not submit the feedback: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than 30 MB, the most Lever accepts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not upload %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not download the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file was deleted in Lever meanwhile; the list is read again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lever is still processing &quot;%1&quot;. Try again in a minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lever could not process &quot;%1&quot; (%2), so it cannot be downloaded. Upload it again, or ask the person who sent it for another copy.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lever::models::CsvExport</name>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lever::models::DuplicateFinder</name>
    <message>
        <source>no posting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, archived (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, stage %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lever::models::EeoCountsModel</name>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Race</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Veteran status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lever::models::EeoPiiModel</name>
    <message>
        <source>Candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Race</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Veteran status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opportunity id</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lever::models::FeedbackTemplatesAdminModel</name>
    <message>
        <source>Overall rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes or no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multiple choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the template a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question %1 has no text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question %1 (%2) needs at least one choice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question %1 (%2) needs at least one score.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A template needs exactly one overall rating question (it has %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lever::models::LocalCache</name>
    <message>
        <source>The disk is full: local data is no longer saved. Lever Console keeps working; free some space and restart to save again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local data could not be saved (%1). Lever Console keeps working without it until the next start.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lever::models::OpportunityAction</name>
    <message>
        <source>This candidate is no longer on the board.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not move %1 to %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not archive %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not unarchive %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not add the tag “%1” to %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not remove the tag “%1” from %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not make %1 the owner of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 cards could not be moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 cards could not be archived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 cards could not be unarchived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 cards could not be tagged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 cards could not change owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not add the source “%1” to %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not remove the source “%1” from %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 cards could not change sources.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lever::models::Outbox</name>
    <message>
        <source>Move %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unarchive %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the tag “%1” to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the tag “%1” from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make %1 the owner of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is no longer in Lever: “%2” was not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was changed in Lever after your change made offline (“%2”). Send your change anyway, over theirs?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the source “%1” to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the source “%1” from %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lever::models::PanelActions</name>
    <message>
        <source>This interview panel no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lever::models::PostingListModel</name>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lever::models::ReferenceDataModel</name>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not hired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s) could not be read.</source>
        <translation>
            <numerusform>%n candidate could not be read.</numerusform>
            <numerusform>%n candidates could not be read.</numerusform>
        </translation>
    </message>
    <message>
        <source>Read %1 of %2 referred candidates…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lever::models::RequisitionListModel</name>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of unlimited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lever::models::SearchModel</name>
    <message>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lever has no candidate with the email %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking Lever for %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requisitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln more…</source>
        <translation>
            <numerusform>%Ln more…</numerusform>
            <numerusform>%Ln more…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show %Ln more in %1</source>
        <translation>
            <numerusform>Show %Ln more in %1</numerusform>
            <numerusform>Show %Ln more in %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lever::models::Session</name>
    <message>
        <source>This account is open in another Lever Console window. This window shows the data saved there but saves nothing on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline — showing data from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline — Lever cannot be reached</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lever::models::Sync</name>
    <message>
        <source>Sync failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing %1 of %2 opportunities…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing %1 opportunities…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to date · synced %1 · loading archived: %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to date · synced %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing data from %1, updating…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lever::models::UsersAdminModel</name>
    <message>
        <source>Super admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limited team member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lever::models::WebhookTestDelivery</name>
    <message>
        <source>Lever&apos;s API cannot send test events. Use the test button on Lever&apos;s own webhook settings page, or try the console&apos;s demo mode, whose sandbox can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sandbox did not accept the request for a test event (HTTP %1). Test events need the sandbox&apos;s admin key, as the demo account has.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox refused the test event (HTTP %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox could not be reached: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox sent the test event but reported no result.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lever::models::WebhooksAdminModel</name>
    <message>
        <source>Application created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidate hired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidate stage change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidate archive change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidate deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interview created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interview updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interview deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sourced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>University</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the URL Lever should send events to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a whole URL, such as https://example.com/lever-events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lever only delivers to https:// URLs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None (this event takes no conditions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Origin: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lever::ui::AboutDialog</name>
    <message>
        <source>About Lever Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lever Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A native desktop recruiting console for the Lever Data API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence: MIT. This program comes with no warranty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;a href=&quot;%1&quot;&gt;Project page&lt;/a&gt; · &lt;a href=&quot;%2&quot;&gt;Lever API documentation&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lever is a trademark of its owner; this project is not affiliated with Lever.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lever::ui::AccountOverview</name>
    <message>
        <source>Account overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acting user:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign In…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — not signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None chosen: changes cannot be made on anyone&apos;s behalf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lever</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lever sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo (built-in sandbox)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuth (browser sign-in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lever::ui::ApplicationFormPanel</name>
    <message>
        <source>Application form candidates fill in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What candidates fill in when they apply on the job site. Lever sets the form up in its own settings, so it is shown here read only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application form could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application form can be seen once the posting is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the application form from Lever…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Additional questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voluntary EEO questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional for candidates, and seen only in aggregate in reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lever reports no questions on this posting&apos;s application form.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lever::ui::ApplicationsPanel</name>
    <message>
        <source>Applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No posting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No applications.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No offers.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lever::ui::ArchiveLane</name>
    <message>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop cards here to archive them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collapse ◂</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show ▸</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collapse the Archive lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expand the Archive lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · not loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived cards: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lever::ui::AuditLogView</name>
    <message>
        <source>Any event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter from a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter up to a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit event columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an event to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try reading the audit log again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log is not enabled for this Lever account. Audit events are a paid add-on: ask your Lever administrator or Lever support to turn it on.

Lever said: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sign-in may not read the audit log: it lacks the permission (scope) audit_events:read:admin. Sign in again with an API key or OAuth grant that includes it.

Lever said: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Reading the audit log… %n event(s) so far</source>
        <translation>
            <numerusform>Reading the audit log… %n event so far</numerusform>
            <numerusform>Reading the audit log… %n events so far</numerusform>
        </translation>
    </message>
    <message>
        <source>No audit events match these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) shown; scroll down for more</source>
        <translation>
            <numerusform>%n event shown; scroll down for more</numerusform>
            <numerusform>%n events shown; scroll down for more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lever::ui::BoardColumn</name>
    <message>
        <source>Sort cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort cards in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, 1 card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 of %3 cards shown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lever::ui::BoardColumnView</name>
    <message>
        <source>No cards match the filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cards</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lever::ui::BoardCommands</name>
    <message>
        <source>…and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is this card being archived?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why are %1 cards being archived?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the card to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move %1 cards to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag to add to the card:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag to add to %1 cards:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected cards have no tags to remove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag to remove from the card:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag to remove from %1 cards:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New owner of the card:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New owner of %1 cards:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the view:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lever::ui::BoardView</name>
    <message>
        <source>Pipeline board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Board columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↑ / ↓</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous / next card in the column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>← / →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same row in the previous / next column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift+↑ / Shift+↓, Ctrl+click, Shift+click</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extend the selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select every card in the column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+→ / Ctrl+Shift+←</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected cards one stage right / left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+Shift+→ / Alt+Shift+←</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same (when the desktop takes Ctrl+Shift+arrows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected cards to a stage… (unarchives archived cards)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive the selected cards… (asks for the reason)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+U</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unarchive the selected cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+T / Ctrl+Shift+T</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add / remove a tag on the selected cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the owner of the selected cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter, double-click</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menu key, Shift+F10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card&apos;s menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Esc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the details panel, then clear the selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the last move or archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search name, email and headline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh from Lever</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New candidate… (or drop a resume on the board)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search everything: candidates, postings, requisitions, users, commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the board, postings or requisitions to CSV…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lever::ui::BrowserWaitPage</name>
    <message>
        <source>Waiting for the browser… Sign in to Lever there and allow Lever Console access; this window continues by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If no browser opened, copy this address into one:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No browser could be opened. Copy this address into a browser to continue:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lever::ui::CandidateHeader</name>
    <message>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unarchive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add follower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add follower…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add tag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add source…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive with the chosen reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Followers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy email %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy phone %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lever::ui::CandidatePage</name>
    <message>
        <source>Candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidate sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Interviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;iles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Applications &amp;&amp; offers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load everything: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lever::ui::CandidatesView</name>
    <message>
        <source>Open a candidate from the board (Enter or double-click) to see it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a note, feedback or contact edit that was not sent. Close and lose it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close and discard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lever::ui::CardDelegate</name>
    <message>
        <source>%1 · confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · unconfirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+opp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No headline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No posting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 day in stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days in stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No interview scheduled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lever::ui::CardDetailsPanel</name>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close card details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In stage since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other opportunities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opportunity id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This card is no longer in the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No headline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes: %1, on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No posting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (1 day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 other for this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 others for this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A change is being saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only summary of the card.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lever::ui::ChipRow</name>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lever::ui::ChoiceDialog</name>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lever::ui::ColumnSortMenu</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days in stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newest created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recently updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverse order</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lever::ui::ConflictDialog</name>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this posting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>While you were editing, this posting was changed in Lever. Choose, for each field below, which version to keep. Nothing is saved until you decide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their version (in Lever now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep my %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take their %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep all mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take all theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save my choices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel, keep editing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lever::ui::ContactEditor</name>
    <message>
        <source>Save contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ada@example.com, ada@work.example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mobile: +44 20 7946 0000; work: +44 20 7946 0001</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel editing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lever::ui::CurrencyChoices</name>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lever::ui::DuplicatePanel</name>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to &amp;this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create &amp;anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back to the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add this opportunity to the selected person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new person anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This person may already be in Lever:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This person may already be in Lever (Lever itself could not be asked, so this is what the console holds):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (same email)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (similar name)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lever::ui::EeoView</name>
    <message>
        <source>%1 columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload EEO responses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Identifying Data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show EEO responses with candidate identities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posting:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EEO answer counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EEO answer counts chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try reading EEO responses again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Identifying EEO data. These answers are tied to named candidates and are protected by law. They must not influence any hiring decision. Lever records that you viewed them. They are kept in memory only and cleared when you leave this page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EEO responses with identities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export identifying EEO data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide and Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide and clear identifying EEO data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sign-in may not read EEO responses: it lacks the permission (scope) eeo_responses:read:admin, or EEO surveys are not enabled for this Lever account.

Lever said: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EEO responses could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading EEO responses…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n anonymous response(s). Counts come from Lever&apos;s anonymous EEO list; a multiple-choice answer counts under each choice, so shares can add up to more than 100 %.</source>
        <translation>
            <numerusform>%n anonymous response. Counts come from Lever&apos;s anonymous EEO list; a multiple-choice answer counts under each choice, so shares can add up to more than 100 %.</numerusform>
            <numerusform>%n anonymous responses. Counts come from Lever&apos;s anonymous EEO list; a multiple-choice answer counts under each choice, so shares can add up to more than 100 %.</numerusform>
        </translation>
    </message>
    <message>
        <source>All postings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show identifying EEO data?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are about to see each candidate&apos;s EEO answers with their name. This data is protected: use it only for compliance work, never in hiring decisions. Lever records who viewed it. It stays in memory only and is cleared when you leave this page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Identifying Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lever refused the identifying EEO responses: this sign-in lacks the permission (scope) eeo_responses_pii:read:admin. Nothing was shown or kept.

Lever said: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sign-in lacks the scope eeo_responses_pii:read:admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identifying EEO responses could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Reading identifying responses… %n so far</source>
        <translation>
            <numerusform>Reading identifying responses… %n so far</numerusform>
            <numerusform>Reading identifying responses… %n so far</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n identifying response(s), in memory only.</source>
        <translation>
            <numerusform>%n identifying response, in memory only.</numerusform>
            <numerusform>%n identifying responses, in memory only.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Identifying EEO Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export identifying EEO data?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 will hold every candidate&apos;s EEO answers with their name, outside Lever&apos;s protection. Store it only where your compliance rules allow, and delete it when done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lever::ui::ErrorBanner</name>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss the error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lever::ui::ExportDialog</name>
    <message>
        <source>&amp;Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Pipeline board, current view (%n card(s))</source>
        <translation>
            <numerusform>Pipeline board, current view (%n card)</numerusform>
            <numerusform>Pipeline board, current view (%n cards)</numerusform>
        </translation>
    </message>
    <message>
        <source>Every card the board shows now: the filters applied, all columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Pipeline board, selected cards (%n card(s))</source>
        <translation>
            <numerusform>Pipeline board, selected cards (%n card)</numerusform>
            <numerusform>Pipeline board, selected cards (%n cards)</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the cards selected on the board.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Postings list (%n posting(s))</source>
        <translation>
            <numerusform>Postings list (%n posting)</numerusform>
            <numerusform>Postings list (%n postings)</numerusform>
        </translation>
    </message>
    <message>
        <source>Every posting of the Postings view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Requisitions list (%n requisition(s))</source>
        <translation>
            <numerusform>Requisitions list (%n requisition)</numerusform>
            <numerusform>Requisitions list (%n requisitions)</numerusform>
        </translation>
    </message>
    <message>
        <source>Every requisition of the Requisitions view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File to save the export to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file to save to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV in UTF-8, for spreadsheet programs. The file holds candidates&apos; personal data, so only your user account can read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without exporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to save the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a folder. Choose a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” already exists. Replace it with the export?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The postings the Postings view shows: its filters and order.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lever::ui::ExportProgress</name>
    <message>
        <source>Exporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting %1: %2 of %3 rows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lever::ui::FeedbackForm</name>
    <message>
        <source>— choose —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (required)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lever::ui::FeedbackPanel</name>
    <message>
        <source>&amp;Start feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ubmit feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start feedback from the template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the feedback you have written?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New feedback: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please fill in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lever::ui::FeedbackTemplateEditor</name>
    <message>
        <source>New Feedback Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Feedback Template: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instructions for interviewers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Instructions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions of the template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected question up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected question down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: what a good answer covers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An answer is &amp;required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview of the feedback form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Scores (one per line, &quot;score | meaning&quot;):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choices (one per line):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scores, one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choices, one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1, no text yet)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lever::ui::FeedbackTemplatesPage</name>
    <message>
        <source>The forms interviewers fill in after an interview. Every template has one overall rating; Lever&apos;s reports group feedback by it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new template from the selected one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback template columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading from Lever…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n template(s)</source>
        <translation>
            <numerusform>%n template</numerusform>
            <numerusform>%n templates</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;View…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Feedback Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the template &quot;%1&quot;? Interviewers can no longer choose it. Feedback already given with it stays on the candidates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lever did not take the change: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The templates could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account may not read feedback templates (Lever answered 403: %1). Ask a Lever super admin for credentials with the feedback_templates:read:admin scope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account may not change feedback templates (Lever answered 403: %1), so the write actions are hidden. To create or edit templates, sign in with credentials that have the feedback_templates:write:admin scope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: this account may not change feedback templates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lever refused to change this template. Lever lets the API change only templates the API created: one made in Lever itself must be changed there, or you can duplicate it here and edit the copy. (If this sign-in lacks feedback_templates:write:admin, New Template… says so.) Lever: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lever::ui::FilesPanel</name>
    <message>
        <source>&amp;Upload…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do&amp;wnload…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download the selected file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop a file on the page to upload it (at most 30 MB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploaded %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create a temporary folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1 from this candidate? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents (*.pdf *.doc *.docx *.txt *.jpg *.png *.js);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save file as</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lever::ui::FilterBar</name>
    <message>
        <source>Search name, email, headline (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active and archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created in %1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated in %1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the filter and sort as a view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected saved view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All postings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n chosen candidate(s)</source>
        <translation>
            <numerusform>%n chosen candidate</numerusform>
            <numerusform>%n chosen candidates</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove the filter: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s)</source>
        <translation>
            <numerusform>%n candidate</numerusform>
            <numerusform>%n candidates</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lever::ui::InsightsFilterBar</name>
    <message>
        <source>Posting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidates created on or after this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidates created on or before this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All postings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All departments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any owner</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lever::ui::InsightsPage</name>
    <message>
        <source>%1 chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How %1 is counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export %1 as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the chart could not be drawn</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lever::ui::InsightsView</name>
    <message>
        <source>Insights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insights charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A candidate reaches a stage when the furthest stage they have been in, in pipeline order, is that stage or a later one: a skipped stage counts as passed, going back a stage does not undo it, and each candidate counts once however often they re-entered. Conversion: how many of those reached the next stage. Archived here: archived while in that stage, by reason. Click a bar to see its candidates on the board.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time in stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per candidate, every stay in the stage added up, from entering it to the next stage change, the archive, or now for candidates still in it (the table says how many). Median and 90th percentile over the candidates who were in the stage. Click a bar to see them on the board.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per source (a candidate with two sources counts in both) and per origin: candidates, how many reached the interview stage or a later one, hires (archived with a reason of the hired type) and the hire rate (hires ÷ candidates).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Velocity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New candidates by the week they were created, hires by the week they were archived with a hired reason. Weeks start on Monday (UTC) and span the chosen dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipeline over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active candidates in each stage at the end of each week, from the stage history (a cumulative flow). Lever keeps no history of archiving, so an unarchived candidate counts as active since creation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active candidates whose last stage change (or creation) is more than the chosen number of days ago, by owner. Click a bar to see them on the board.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days without a stage change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No stage change for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s) created in these dates</source>
        <translation>
            <numerusform>%n candidate created in these dates</numerusform>
            <numerusform>%n candidates created in these dates</numerusform>
        </translation>
    </message>
    <message>
        <source>updating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insights: %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lever::ui::InterviewEditor</name>
    <message>
        <source>Interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a copy of this interview starting when it ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Technical interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interviewers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration in minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location or video link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room, address or https://meet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note for the interviewers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the interviewers should know or bring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No feedback form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lever&apos;s default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every 6 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Interviewers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Location or link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Feedback form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interview %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your time: %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lever::ui::InterviewerPicker</name>
    <message>
        <source>Add an interviewer: type a name or e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an interviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove interviewer %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lever::ui::InterviewsPanel</name>
    <message>
        <source>accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tentative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Schedule interview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No interviews scheduled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule an interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past and cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interview panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interview panel %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>Where: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interviewers: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reschedule…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reschedule this panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel interviews…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel this panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled in Lever: change it there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport to Calendar (.ics)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the interviews to a calendar file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saves every interview not cancelled as an .ics file that calendar programs import, with each interview&apos;s time zone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lever::ui::KeychainPage</name>
    <message>
        <source>The system keychain did not answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is wrong with the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lever Console never writes secrets to a file. You can try again once the keychain runs, or sign in for this session only: the sign-in is kept in memory and forgotten when Lever Console quits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Try Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign In for This &amp;Session Only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lever::ui::LeverTextEdit</name>
    <message>
        <source>Removed what Lever does not accept in postings: %1. The text was kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lever::ui::MainWindow</name>
    <message>
        <source>Lever Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;witch Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove Account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset &amp;Demo Data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset the demo data?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every change made in the demo is lost: the demo sandbox restarts with fresh demo data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Account Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Lever Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Lever Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the account “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its saved sign-in (in the system keychain) and the data kept on this computer for it are deleted. Nothing changes in Lever.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account %1 was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved sign-in could not be deleted from the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search Everything…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Candidate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a candidate (Ctrl+N); or drop a resume on the board</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lever::ui::MentionEdit</name>
    <message>
        <source>People to mention</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lever::ui::NewCandidateDialog</name>
    <message>
        <source>New Candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No resume attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach &amp;resume…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach a resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in empty fields from the resume (Lever reads it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current role and company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ada@example.com, ada@work.example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mobile: +44 20 7946 0000; work: +44 20 7946 0001</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://linkedin.com/in/…, https://github.com/…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No posting (a lead)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add as the posting&apos;s owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sourced by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LinkedIn, Meetup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma-separated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why this person, who referred them, what was agreed…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resumes (*.pdf *.docx *.doc *.txt *.rtf *.odt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 KB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a name or an email, or attach a resume for Lever to read them from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the owner from the list, or clear the field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose who referred them from the list, or clear the field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for duplicates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding the candidate…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lever::ui::NotesPanel</name>
    <message>
        <source>&amp;Secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reply to selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a note… type @ to mention someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4 - Strong hire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 - Hire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 - No hire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 - Strong no hire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply to the selected note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the note (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replying to %1&apos;s note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send &amp;reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>🔒 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note by %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secret, %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lever::ui::OfflineBanner</name>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try to reach Lever again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the changes waiting to be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) made offline waiting to be sent to Lever.</source>
        <translation>
            <numerusform>%n change made offline waiting to be sent to Lever.</numerusform>
            <numerusform>%n changes made offline waiting to be sent to Lever.</numerusform>
        </translation>
    </message>
    <message>
        <source>Pending Changes (%1)…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lever::ui::PendingChangesDialog</name>
    <message>
        <source>Pending Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These changes were made while Lever could not be reached. They are sent in this order once Lever answers again; if someone changed a candidate in Lever meanwhile, you are asked first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes waiting to be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the selected change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — made %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is waiting: every change reached Lever.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lever::ui::PostingEditor</name>
    <message>
        <source>← Postings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the postings list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editor status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert to the saved version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the posting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview as candidates see it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview: as candidates will see it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New posting: not in Lever until you save it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new posting you did not save (&quot;%1&quot;, %2) was kept. Restore it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved edits to this posting from %1 were kept. Restore them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore unsaved edits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved edits restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not keep a copy of your edits in %1; save soon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One field needs attention before saving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n fields need attention before saving.</source>
        <translation>
            <numerusform>%n field needs attention before saving.</numerusform>
            <numerusform>%n fields need attention before saving.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this posting; choose what to keep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving your choices…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved. Your edits are still here, now compared with the version in Lever.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverted to the saved version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has changes that are not saved in Lever. Save them before closing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New posting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application Form</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lever::ui::PostingFormWidget</name>
    <message>
        <source>e.g. Senior Backend Engineer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public job site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal job site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hiring manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workplace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma-separated, e.g. Backend, Remote friendly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta&amp;gs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requisitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Lever user matches &quot;%1&quot;; pick the owner from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Lever user matches &quot;%1&quot;; pick the hiring manager from the list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lever::ui::PostingListPanel</name>
    <message>
        <source>Search postings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search title, team, location, tags, requisition codes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected posting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate the selected posting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New posting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload the postings from Lever</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by commitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postings per state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the postings: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All states (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All departments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All locations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All commitments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading postings… %1 so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postings: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posting columns</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lever::ui::PostingListsEditor</name>
    <message>
        <source>Lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List title, e.g. Requirements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List items, one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected list up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected list down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lever::ui::PostingPreview</name>
    <message>
        <source>Untitled posting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 – %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply for this job</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lever::ui::PostingsPage</name>
    <message>
        <source>Postings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lever::ui::ReferenceDataView</name>
    <message>
        <source>Reference lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive reason type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hired and not hired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not hired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read Referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the referrals of the referred candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pipeline&apos;s stages in order, as Lever lists them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive Reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every source with the number of candidates that carry it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every tag with the number of candidates that carry it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lever gives referrals per candidate: they are read for the loaded candidates whose origin is &quot;referred&quot;, one request each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every offer in the account. Double-click one to open its candidate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected row&apos;s candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Read Referrals of %n Referred Candidate(s)</source>
        <translation>
            <numerusform>Read Referrals of %n Referred Candidate</numerusform>
            <numerusform>Read Referrals of %n Referred Candidates</numerusform>
        </translation>
    </message>
    <message>
        <source>Not read yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading from Lever…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message>
        <source>This sign-in may not read this list (a permission, or scope, is missing).

Lever said: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This list could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lever::ui::RequisitionsPage</name>
    <message>
        <source>Requisitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New requisition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requisition code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headcount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlimited headcount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employment status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full-time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part-time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contractor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temporary worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backfill (replaces someone who left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backfill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hiring manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compensation minimum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compensation maximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compensation currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compensation interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compensation band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked postings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requisition status message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the requisition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the requisition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requisition %1 created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requisition %1 saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requisition deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the requisitions: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requisition %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n field(s), kept as they are: </source>
        <translation>
            <numerusform>%n field, kept as it is: </numerusform>
            <numerusform>%n fields, kept as they are: </numerusform>
        </translation>
    </message>
    <message>
        <source>Enter a name for the requisition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a requisition code: postings link to requisitions by it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another requisition already has the code %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A requisition cannot move back to draft once it left it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Lever user matches &quot;%1&quot;; pick one from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A compensation band needs minimum, maximum, currency and interval together, or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The compensation minimum must be a number of 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The compensation maximum must be a number of 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The compensation minimum must not be greater than the maximum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The currency must be a three-letter ISO 4217 code such as USD or EUR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete requisition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the requisition %1 (%2)? Postings linked to it lose the link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this requisition in Lever meanwhile. Their changes are now in the form, with your edits on top: check them and save again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this requisition in Lever meanwhile. Their changes are now in the form, with your edits on top; you both changed %1 (yours is shown). Check and save again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>requisition code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>headcount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unlimited headcount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>employment status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hiring manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compensation band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>internal notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>linked postings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requisition columns</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lever::ui::RichTextEdit</name>
    <message>
        <source>B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Italic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Underline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strike through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Font size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://… (select text, then Link)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the selected text a link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lever accepts only http, https and mailto links.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lever::ui::ScheduleDialog</name>
    <message>
        <source>Schedule interviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule interviews with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone of the panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ The panel&apos;s time zone, %1, differs from yours, %2: times are entered on the panel&apos;s clock; each interview shows both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is also in interview %2 at that time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a time zone from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interview %1: “%2” is not a user of this account; pick one from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule in the past?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interview %1 starts in the past. Schedule it anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reschedule interviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the panel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reschedule interviews with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This panel was scheduled in Lever itself, so only Lever can change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport to Calendar (.ics)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the scheduled interviews to a calendar file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interviews scheduled with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the dialog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved in Lever. Add the interviews to your calendar?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lever::ui::SearchCommands</name>
    <message>
        <source>Move to Stage…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Posting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Requisition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select cards on the board or open a candidate first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lever::ui::SearchPalette</name>
    <message>
        <source>Search everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search candidates, postings, people and commands…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lever::ui::SelectionBar</name>
    <message>
        <source>Selected cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected cards to a stage (Ctrl+M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive the selected cards (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unarchive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unarchive the selected cards (Ctrl+U)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add tag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a tag to the selected cards (Ctrl+T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove tag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a tag from the selected cards (Ctrl+Shift+T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change owner…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the owner of the selected cards (Ctrl+Shift+O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the selection (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 card selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cards selected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lever::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync interval in minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look for changes every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View opened after sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open after sign-in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the system&apos;s light or dark theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the system theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language applies the next time Lever Console starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days to keep local data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidate pages and interviews not refreshed for this long are dropped, and local data not used for this long is loaded from Lever again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep local data for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No account&apos;s data is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear Local Data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear local data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear Local Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the copy of this account kept on this computer? Nothing changes in Lever; the next start loads everything from Lever again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local data cleared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local data:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on this computer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lever::ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcut columns</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lever::ui::ShortcutsSheet</name>
    <message>
        <source>Board shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every drag on the board has a keyboard path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lever::ui::SignInDialog</name>
    <message>
        <source>Sign In to Lever</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the Demo — no Lever account needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts the built-in sandbox with made-up candidates and signs in to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lever</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lever sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo (built-in sandbox)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Acme recruiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with the &amp;browser (OAuth)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with the browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuth client id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from your Lever app registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Client id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuth client secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings › Integrations and API › API Credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key works. Lever does not tie a key to a person: choose who you are, so that changes are made in your name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lever users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the Demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign In with the Browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the API address, such as https://lever.example.com/v1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An account named “%1” exists already: choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the first 100 active users are listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access was declined in the browser. Sign in again and choose Allow to use Lever Console with this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer came from the browser in time. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in could not be saved in the keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in: the keychain did not answer. Sign in again when it runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in: the keychain did not answer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lever::ui::StatusBar</name>
    <message>
        <source>Last error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss the error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Background work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Background work in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for Lever…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your changes are waiting for an answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your last action is waiting for an answer from Lever.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed-in account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are working on the built-in demo sandbox: nothing here reaches Lever.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lever::ui::TimelinePanel</name>
    <message>
        <source>Show in the timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline columns</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lever::ui::UserPicker</name>
    <message>
        <source>Type a name or e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lever::ui::UsersPage</name>
    <message>
        <source>Filter by access role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search users by name or e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search name or e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access &amp;role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Job title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Manager:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New User…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reactivate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reactivate user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading users…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n user</numerusform>
            <numerusform>%n users</numerusform>
        </translation>
    </message>
    <message>
        <source>The users could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a valid e-mail address, such as name@example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change to Interviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 will become an Interviewer. Interviewers only see the candidates they interview: Lever removes every profile %1 follows, and they stop getting those updates. Giving the role back later does not restore them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 will no longer be able to sign in to Lever. Their candidates, notes and feedback stay, and you can reactivate them later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivating %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reactivate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 will be able to sign in to Lever again, with the role %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reactivating %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is deactivated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is saved in Lever.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lever refused the change: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account may not read Lever&apos;s users (Lever answered 403: %1). Ask a Lever super admin for credentials with the users:read:admin scope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account may not change users (Lever answered 403: %1), so the write actions are hidden. Browsing still works. To add, edit or deactivate users, sign in with an API key or grant that has the users:write:admin scope (a Lever super admin can issue one).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lever::ui::WebhookTokenDialog</name>
    <message>
        <source>Webhook Signature Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The webhook for %1 is created. Lever signs every event it sends there with this token: give it to the receiving service so it can check the signatures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Copy it now: it will not be shown again.&lt;/b&gt; Lever does not return it later, and the console does not keep it. If it is lost, delete the webhook and create a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy signature token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lever::ui::WebhooksPage</name>
    <message>
        <source>Lever sends an HTTPS request to each webhook&apos;s URL when its event happens. Only webhooks created through the API are listed and can be changed here; a Lever super admin must also switch the event group on in Lever&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhooks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Event:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only candidates whose origin is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Origin %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save webhook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Checking a signature:&lt;/b&gt; compute HMAC-SHA256 over the request body&apos;s &lt;tt&gt;token&lt;/tt&gt; followed by its &lt;tt&gt;triggeredAt&lt;/tt&gt; (in decimal digits), keyed with the webhook&apos;s signature token; hex-encode it and compare it with &lt;tt&gt;signature&lt;/tt&gt; (in constant time). The body itself is not signed: also reject a &lt;tt&gt;token&lt;/tt&gt; seen before or an old &lt;tt&gt;triggeredAt&lt;/tt&gt;.&lt;pre&gt;hmac.new(key, (token + str(triggeredAt)).encode(), sha256).hexdigest()&lt;/pre&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Webhook…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New webhook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit webhook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete webhook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send Test Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send test event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a webhook and press Send Test Event: the sandbox sends it a signed event with empty data, as Lever&apos;s own test does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading webhooks…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n webhook(s)</source>
        <translation>
            <numerusform>%n webhook</numerusform>
            <numerusform>%n webhooks</numerusform>
        </translation>
    </message>
    <message>
        <source>The webhooks could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent; waiting for the receiver&apos;s answer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>, answered in %n ms</source>
        <translation>
            <numerusform>, answered in %n ms</numerusform>
            <numerusform>, answered in %n ms</numerusform>
        </translation>
    </message>
    <message>
        <source>Delivered at %1: the receiver answered HTTP %2%3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not delivered (sent at %1%2): %3. Lever counts any answer other than 2xx, redirects included, as a failure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave every origin ticked to hear about all candidates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lever takes no conditions for this event: every one is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A webhook&apos;s event cannot change; create a new webhook instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least one origin, or every origin to hear about all candidates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the webhook…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the webhook…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Webhook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lever will stop sending %1 events to %2, including retries of failed ones. This cannot be undone: a new webhook gets a new signature token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting the webhook…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the sandbox to send a test event…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The webhook is deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The webhook is saved in Lever.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lever refused the change: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account may not read webhooks (Lever answered 403: %1). Ask a Lever super admin for credentials with the webhooks:read:admin scope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account may not change webhooks (Lever answered 403: %1), so the write actions are hidden. To create, edit or delete webhooks, sign in with credentials that have the webhooks:write:admin scope.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Try “lever-console --help”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
