/**
 * Open data: what the programme has made public, offered for anyone to download and reuse under the Open Government
 * Licence. The data sets and every column of them, with its type and meaning, are defined here once ({@link
 * org.bettercaretogether.application.opendata.OpenDataSet}), so the files, their data dictionary and the command-line
 * export cannot disagree; the store reads the rows of all of them at one moment ({@link
 * org.bettercaretogether.application.opendata.OpenDataRecords}), a row at a time, and holds nothing that is not
 * already public: no name, email address or telephone number, no view before it is published or once withheld.
 */
package org.bettercaretogether.application.opendata;
