<#import "_library.ftl" as lib>
<#assign documentName = "Key performance indicators">
<#-- The cover is portrait; the schedule after it is landscape in PDF. -->
<#assign coverNextLayout = "landscape">
= ${documentName}: ${pack.manifest.shortTitle}
<#include "_attributes.ftl">

<#include "_cover.ftl">
<#include "_status.ftl">
<#include "_kpi-schedule.ftl">
