ASCII SPSS PORT FILE                    ASCII SPSS PORT FILE                    
ASCII SPSS PORT FILE                    ASCII SPSS PORT FILE                    
ASCII SPSS PORT FILE                    0000000000000000000000000000000000000000
0000000000000000000000000123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrst
uvwxyz .<(+|&[]!$*);^-/|,%_>?`:$@'="000000~-0000123456789000-()0{}\0000000000000
00000000000000000000000000000000000000000000000000000000SPSSPORTA8/202611296/235
8541E/GNU pspp 1.6.23J/x86_64-pc-linux-gnu4E/5B/70/2/ID5/3/0/5/3/0/70/5/SESSO5/1
/0/5/1/0/89/C5/Sesso70/7/SODDISF5/1/0/5/1/0/B8/9/C14/Quanto e soddisfatto del se
rvizio?70/3/ETA5/3/0/5/3/0/C3/Eta70/7/REDDITO5/9/2/5/9/2/CF/Reddito mensile7K/5/
CITTA1/K/0/1/K/0/CI/Citta di residenza71/6/CANALE1/1/0/1/1/0/81/NCG/Canale prefe
rito71A/8/COMMENTO1/1A/0/1/1A/0/70/8/INTERVISK/B/0/K/B/0/CF/Data intervista70/8/
USA_EMAI5/1/0/5/1/0/C5/Email70/8/USA_TELE5/1/0/5/1/0/C8/Telefono70/8/USA_CHAT5/1
/0/5/1/0/C4/Chat70/7/MOTIVO15/1/0/5/1/0/CC/Primo motivo70/7/MOTIVO25/1/0/5/1/0/C
E/Secondo motivoD1/5/SESSO4/1/4/Uomo2/5/Donna3/5/Altro9/P/Preferisco non rispond
ereD1/7/SODDISF6/1/A/Per niente2/4/Poco3/A/Abbastanza4/5/Molto5/A/Moltissimo8/6/
Non soD1/6/CANALE4/1/C4/Chat1/E5/Email1/N7/Nessuno1/T8/TelefonoD1/8/USA_EMAI2/0/
2/No1/2/SiD1/8/USA_TELE2/0/2/No1/2/SiD1/8/USA_CHAT2/0/2/No1/2/SiD1/7/MOTIVO13/1/
6/Prezzo2/7/Qualita3/8/ServizioD1/7/MOTIVO23/1/6/Prezzo2/7/Qualita3/8/ServizioF1
/1/4/14/1BK.F/K/Milano              1/E1A/Tutto bene                            
  J361I00/1/0/0/1/2/2/2/3/*.1DA/K/Napoli              1/T1A/                    
                    J364O00/0/1/0/2/*.3/9/8/1L/*.K/                    1/E1A/Cos
i cosi                               J368+3/1/1/0/3/1/4/2/4/S/12K.7F/K/Torino   
           1/X1A/                                        J368+3/0/0/1/1/*.5/1/1/
1F/2A0/K/Milano              1/N1A/Troppo lento                            J36B6
00/1/0/1/2/3/6/2/2/19/1K0/K/Bari                1/T1A/                          
              J36B600/1/1/1/*.*.7/1/9/22/*.K/Napoli              1/E1A/         
                               J36EC00/0/0/0/*.*.8/*.4/N/T0/K/Milano            
  1/ 1A/Ottimo                                  J36EC00/1/0/0/1/*.9/2/3/*.1HA.MF
/K/Torino              1/T1A/                                        J36HI00/0/1
/0/2/1/A/2/4/11/16K/K/Milano              1/E1A/                                
        J36HI00/1/0/0/1/*.ZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZ
