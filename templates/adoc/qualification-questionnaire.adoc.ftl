<#import "_library.ftl" as lib>
= Qualification questionnaire: ${pack.manifest.shortTitle}
<#include "_attributes.ftl">
:toc:
:toclevels: 2

<#include "_status.ftl">
<#include "_qualification.ftl">
