<#-- The currency and tariff document: currencies, prices, market forces factor with a worked example. -->
<#import "_library.ftl" as lib>
<#assign cur = pack.currency>
<#list cur.introduction as p>
${p}

</#list>
[#tariff-prices]
== Prices

All prices are in ${cur.currencyCode} at ${cur.priceBasisYear} prices. Every qualified provider is paid the same price for the same currency.<#if cur.tariffs?filter(t -> t.evidence.basis == "later-benchmark")?has_content> A price marked later benchmark is a real figure from the later year shown, given only as a guide to a ${cur.priceBasisYear} price; it is not a ${cur.priceBasisYear} price.</#if>

[cols="2,5,3,2,2",options="header"]
|===
|Tariff line |Description |Currency |Price |Basis
<#list cur.tariffs as t>
|[[${anchor("tariff", t.id)}]][.nowrap]#${t.id}#
|${t.name}
|<@lib.ref "currency" t.currency/>
|${t.price.display}
|${lib.basisLabel(t.evidence)?cap_first}
</#list>
|===

<#list cur.tariffs as t>
<#if t.evidence.source?? || t.evidence.note??>
* ${t.id}: ${lib.evidence(t.evidence)}
</#if>
</#list>

[#tariff-currencies]
== Currencies

<#list cur.currencies as c>
[#${anchor("currency", c.id)}]
=== ${c.id} ${c.name}

${c.description}

Unit of payment:: ${lib.label(lib.currencyUnitNames, c.unit)}

<#if c.includes?has_content>
.What the price includes
<#list c.includes as i>
* ${i}
</#list>

</#if>
<#if c.excludes?has_content>
.What the price excludes
<#list c.excludes as x>
* ${x}
</#list>

</#if>
<#if c.paymentTriggers?has_content>
[discrete]
==== When payment is made

[cols="5,1",options="header"]
|===
|Payment trigger |Share of price
<#list c.paymentTriggers as p>
|${p.event}
|${p.percent?c}%
</#list>
|===

</#if>
</#list>
[#tariff-mff]
== Market forces factor

<#if cur.marketForcesFactor??>
<#if cur.marketForcesFactor.note??>
${cur.marketForcesFactor.note}

</#if>
<#if mffExamples?has_content>
<#assign first = mffExamples[0]>
[#tariff-mff-example]
=== Worked example

The commissioner adjusts each listed price once, by its own area's market forces factor, and pays that local price to every qualified provider alike: all providers are paid the same price for the same service. With an area index of ${first.index?c} (an illustrative figure), each listed price is multiplied by ${first.index?c} and rounded to the nearest penny. For ${first.tariff.id} (${first.tariff.name}), listed at ${first.listed.display}: ${first.listed.display} × ${first.index?c} = ${first.exactDisplay}, so the local price is **${first.paid.display}** for every provider.

[cols="2,5,2,2",options="header"]
|===
|Tariff line |Description |Listed price |Local price with area index ${first.index?c}
<#list mffExamples as x>
|${x.tariff.id}
|${x.tariff.name}
|${x.listed.display}
|${x.paid.display}
</#list>
|===
<#else>
No market forces factor adjustment applies: every qualified provider is paid the listed price.
</#if>
<#else>
No market forces factor adjustment applies: every qualified provider is paid the listed price.
</#if>
