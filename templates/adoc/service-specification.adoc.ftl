<#import "_library.ftl" as lib>
= Service specification: ${pack.manifest.shortTitle}
<#include "_attributes.ftl">
:toc:
:toclevels: 2

<#include "_status.ftl">
<#include "_specification.ftl">
