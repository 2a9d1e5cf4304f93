<#-- The KPI schedule: one table of every indicator (landscape in PDF), then the pack's notes on the
     indicators, then each indicator in full. The table comes first so that its page is full of rows,
     not a page of notes with one row under them. -->
<#import "_library.ftl" as lib>
[#kpi-table]
== Schedule of indicators

[cols="10,16,21,19,12,10,16,10",options="header",role="kpi-table"]
|===
|ID |Indicator |Numerator |Denominator |Target |Reported |Data source |Outcome domain
<#list pack.kpis.kpis as k>
|[[${anchor("kpi", k.id)}]][.nowrap]#${k.id}#
|${k.name}
|${k.numerator}
|${k.denominator}
|${lib.target(k.target)}<#if k.target.evidence??> (${lib.basisLabel(k.target.evidence)})</#if>
|${lib.label(lib.frequencyNames, k.frequency)}
|${k.dataSource}
|${lib.label(lib.domainShortNames, k.domain)}
</#list>
|===

<#if pack.kpis.introduction?has_content>
[#kpi-notes]
== About these indicators

<#list pack.kpis.introduction as p>
${p}

</#list>
</#if>
[#kpi-details]
== Indicators in full

<#list pack.kpis.kpis as k>
[#${anchor("kpi", k.id, "detail")}]
=== ${k.id} ${k.name}

${k.definition}

Target:: ${lib.target(k.target)}, reported ${lib.label(lib.frequencyNames, k.frequency)?lower_case}
<#if k.target.evidence??>
Basis of the target:: ${lib.evidence(k.target.evidence)}
</#if>
Outcomes Framework domain:: ${lib.label(lib.domainNames, k.domain)}
<#if k.outcome??>
Outcome it evidences:: <@lib.ref "outcome" k.outcome/>
</#if>
<#if k.consequence??>
Consequence of a breach:: ${k.consequence}
</#if>

</#list>
