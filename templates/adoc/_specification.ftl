<#-- The service specification under the NHS Standard Contract headings. Top sections are level 1 (==);
     the full pack shifts them down with leveloffset. -->
<#import "_library.ftl" as lib>
<#assign spec = pack.specification>
<#assign h = spec.header>
[cols="2h,5",options="noheader",role="header-block"]
|===
|Service specification no. |${h.specificationNumber!"For local completion"}
|Service |${h.service}
|Commissioner lead |${h.commissionerLead!"For local completion"}
|Provider lead |${h.providerLead!"For local completion"}
|Period |${h.period!"For local completion"}
|Date of review |<#if h.reviewDate??>${longDate(h.reviewDate)}<#elseif pack.manifest.reviewDate??>${longDate(pack.manifest.reviewDate)}<@lib.dateNote e=pack.manifest.reviewDateEvidence!/><#else>For local completion</#if>
|===

[#spec-population-needs]
== 1. Population needs

[#spec-national-context]
=== 1.1 National and local context

<#list spec.populationNeeds.nationalContext as p>
${p}

</#list>
<#if spec.populationNeeds.localContext?has_content>
.Local context
<#list spec.populationNeeds.localContext as p>
${p}

</#list>
</#if>
[#spec-evidence-base]
=== 1.2 Evidence base

<#if spec.populationNeeds.evidenceBase?has_content>
<#list spec.populationNeeds.evidenceBase as r>
* ${lib.reference(r)}<#if r.note??>. ${r.note}</#if>
</#list>
<#else>
No evidence base is listed.
</#if>

[#spec-outcomes]
== 2. Outcomes

[#spec-outcomes-framework]
=== 2.1 NHS Outcomes Framework domains and indicators

[cols="1,3,5",options="header"]
|===
|Domain |Outcome |This service's contribution
<#list lib.domainOrder as d>
<#assign contribution = "">
<#list spec.outcomes.domains as c><#if c.domain == d><#assign contribution = c.contribution></#if></#list>
|Domain ${d?index + 1}
|${lib.domainNames[d]}
|<#if contribution?has_content>${contribution}<#else>Not applicable</#if>
</#list>
|===

[#spec-local-outcomes]
=== 2.2 Local defined outcomes

<#list spec.outcomes.measures as m>
[#${anchor("outcome", m.id)}]
==== ${m.id} ${m.name}

${m.description}

<#if m.tool??>
Measured with: ${m.tool}.

</#if>
Outcomes Framework <#if m.domains?size == 1>domain<#else>domains</#if>: <#list m.domains as d>${lib.label(lib.domainShortNames, d)}<#sep>; </#list>.

</#list>
[#spec-scope]
== 3. Scope

[#spec-aims]
=== 3.1 Aims and objectives of service

<#list spec.scope.aims as a>
* ${a}
</#list>

[#spec-service-description]
=== 3.2 Service description and care pathway

<#list spec.scope.components as c>
[#${anchor("component", c.id)}]
==== ${c.id} ${c.name}

<#list c.description as p>
${p}

</#list>
</#list>
<#if spec.scope.access??>
<#assign access = spec.scope.access>
[#spec-access]
==== Access and waiting times

<#if access.firstAppointmentWithin??>
First appointment:: within ${lib.duration(access.firstAppointmentWithin)} of referral<#if access.firstAppointmentWithin.evidence??> (${lib.evidence(access.firstAppointmentWithin.evidence)})</#if>
</#if>
<#if access.urgentWithin??>
Urgent referrals:: within ${lib.duration(access.urgentWithin)}<#if access.urgentWithin.evidence??> (${lib.evidence(access.urgentWithin.evidence)})</#if>
</#if>
<#if access.hours??>
Opening hours:: ${access.hours}
</#if>
<#if access.domiciliary??>
Home visits:: ${access.domiciliary}
</#if>

</#if>
[#spec-population-covered]
=== 3.3 Population covered

<#list spec.scope.population as p>
${p}

</#list>
[#spec-acceptance-exclusion]
=== 3.4 Any acceptance and exclusion criteria and thresholds

<#assign e = spec.scope.eligibility>
<#if e.age??>
Age:: <#if e.age.min?? && e.age.max??>${e.age.min?c} to ${e.age.max?c} years<#elseif e.age.min??>${e.age.min?c} years and over<#elseif e.age.max??>up to ${e.age.max?c} years<#else>any age</#if><#if e.age.evidence??> (${lib.evidence(e.age.evidence)})</#if>
</#if>
Who may refer:: <#list e.referralSources as s>${lib.label(lib.referralSourceNames, s)}<#sep>; </#list>

.Acceptance criteria
<#list e.criteria as c>
* ${c}
</#list>

<#if e.urgentCriteria?has_content>
.Criteria for an urgent appointment
<#list e.urgentCriteria as c>
* ${c}
</#list>

</#if>
[discrete]
==== Exclusions, and where the patient should go instead

[cols="2,7,7",options="header"]
|===
|ID |Exclusion |Where to refer instead
<#list spec.scope.exclusions as x>
|[.nowrap]#${x.id}#
|${x.criterion}
|${x.redirectTo!"Back to the referrer"}
</#list>
|===

[#spec-interdependencies]
=== 3.5 Interdependence with other services and providers

<#if spec.scope.interdependencies?has_content>
[cols="2,5",options="header"]
|===
|Service |Relationship
<#list spec.scope.interdependencies as i>
|${i.service}
|${i.relationship}
</#list>
|===
<#else>
None listed.
</#if>

[#spec-standards]
== 4. Applicable service standards

<#macro references list><#if list?has_content><#list list as r>
* ${lib.reference(r)}<#if r.note??>. ${r.note}</#if>
</#list><#else>
None listed.
</#if></#macro>
[#spec-national-standards]
=== 4.1 Applicable national standards

<@references spec.standards.national/>

[#spec-professional-standards]
=== 4.2 Applicable standards set out in guidance or issued by a competent body

<@references spec.standards.professional/>

[#spec-local-standards]
=== 4.3 Applicable local standards

<@references spec.standards.local/>

<#if spec.standards.workforce?has_content>
[#spec-workforce]
=== 4.4 Workforce

<#list spec.standards.workforce as w>
* ${w}
</#list>

</#if>
<#if spec.workforceImplications??>
<#assign wi = spec.workforceImplications>
[#spec-workforce-implications]
=== 4.5 Workforce, education and training implications

.Workforce
<#list wi.workforce as p>
${p}

</#list>
.Education and training
<#list wi.educationAndTraining as p>
${p}

</#list>
.Staff transfer (TUPE)
<#list wi.staffTransfer.text as p>
${p}

</#list>
<#if wi.staffTransfer.evidence??>
${lib.evidence(wi.staffTransfer.evidence)}

</#if>
</#if>
[#spec-quality-requirements]
== 5. Applicable quality requirements

[cols="2,9,2",options="header"]
|===
|ID |Quality requirement |KPI
<#list spec.qualityRequirements as q>
|[.nowrap]#${q.id}#
|${q.requirement}
|<#if q.kpi??><@lib.ref "kpi" q.kpi/><#else>None</#if>
</#list>
|===

[#spec-premises]
== 6. Location of provider premises

<#list spec.premises as p>
${p}

</#list>
