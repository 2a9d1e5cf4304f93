<#import "_library.ftl" as lib>
= Choosing your provider: ${pack.manifest.shortTitle}
<#include "_attributes.ftl">

<#include "_status.ftl">
<#include "_patient-choice.ftl">
