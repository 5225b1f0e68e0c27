# Writes panel.csv: 600 invented respondents for the weighting, significance, NPS and findings
# tests (tests/core/PanelFixture.h). Run in this folder: Rscript make_panel.R (R 4.2; the seed makes
# the file byte-identical on every run).
set.seed(20261130)
n <- 600
settori <- c("Banche", "Assicurazioni", "Telco", "Energia", "Retail", "PA", "Sanità")
settore <- sample(settori, n, TRUE, prob = c(.22, .16, .18, .12, .15, .13, .04))
sesso <- sample(c("Uomo", "Donna"), n, TRUE, prob = c(.58, .42))
sesso[sample(n, 12)] <- NA
eta <- sample(c("18-34", "35-54", "55+"), n, TRUE, prob = c(.20, .45, .35))
eta[sample(n, 7)] <- NA
area <- sample(c("Nord", "Centro", "Sud"), n, TRUE, prob = c(.55, .25, .20))
scala <- c("Per niente d'accordo", "Poco d'accordo", "Né d'accordo né in disaccordo",
           "Abbastanza d'accordo", "Molto d'accordo", "Non so")
shift <- c(Banche = .8, Assicurazioni = .5, Telco = .2, Energia = 0, Retail = 0, PA = -.7,
           "Sanità" = .1)
accordo <- sapply(settore, function(s) {
  p <- exp(shift[[s]] * (1:5 - 3)) * c(1, 2, 3, 4, 2.5)
  sample(scala, 1, prob = c(.95 * p / sum(p), .05))
})
accordo[sample(n, 15)] <- NA
nps <- sapply(settore, function(s) {
  p <- exp(shift[[s]] * ((0:10) - 7) / 2) * c(1, 1, 1, 1, 1, 2, 2, 4, 6, 5, 4)
  sample(0:10, 1, prob = p)
})
nps[sample(n, 20)] <- NA
spesa <- round(rgamma(n, shape = 4, rate = 4 / (100 + 40 * sapply(settore, function(s) shift[[s]]))), 2)
spesa[sample(n, 30)] <- NA
canali <- sapply(settore, function(s) {
  pick <- c("Email", "Chat", "Telefono")[runif(3) < c(.6, .35 + .15 * shift[[s]], .5)]
  paste(pick, collapse = ";")
})
canali[sample(n, 25)] <- NA
peso <- round(runif(n, .4, 2.2), 3)
d <- data.frame(id = 1:n, settore, sesso, eta, area, accordo, nps, spesa, canali, peso)
write.table(d, "panel.csv", sep = ",", quote = FALSE, row.names = FALSE, na = "",
            fileEncoding = "UTF-8")
