<#import "_library.ftl" as lib>
= Key performance indicators: ${pack.manifest.shortTitle}
<#include "_attributes.ftl">
:pdf-page-layout: landscape

<#include "_status.ftl">
<#include "_kpi-schedule.ftl">
