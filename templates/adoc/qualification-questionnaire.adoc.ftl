<#import "_library.ftl" as lib>
<#assign documentName = "Qualification questionnaire">
= ${documentName}: ${pack.manifest.shortTitle}
<#include "_attributes.ftl">
:toc: macro
:toclevels: 2

<#include "_cover.ftl">
toc::[]

<#include "_status.ftl">
<#include "_qualification.ftl">
