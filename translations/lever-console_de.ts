<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
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
</TS>
